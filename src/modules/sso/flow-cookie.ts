// What a single sign-on keeps between sending the browser to the provider and its coming back: the state, nonce and
// PKCE verifier, which provider, why (a login, or linking to the signed-in account) and where to go afterwards. It
// rides in the browser that started the flow, in an HttpOnly cookie signed with a key of Waymark's and valid for a few
// minutes, so a callback from another browser (login CSRF) or a changed cookie is refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ReauthOperation } from '../accounts/reauth-proofs.repository.ts';
import type { PendingAuthorization } from './oidc-client.ts';

export const FLOW_COOKIE = '__Host-waymark_sso';
export const FLOW_MINUTES = 10;

export interface SsoFlow extends PendingAuthorization {
  provider: string;
  /**
   * A login; linking the identity to the account of `userId`, who was signed in when it started; or that account's
   * owner logging in again at the provider to confirm `operation` (decision 0045).
   */
  intent:
    | { kind: 'login' }
    | { kind: 'link'; userId: string }
    | { kind: 'reauthenticate'; userId: string; operation: ReauthOperation };
  /** A path of the web app to go to afterwards. */
  next: string;
  expiresAt: number;
}

export const createFlowCookies = (key: Buffer, now: () => Date) => {
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

  return {
    seal(flow: Omit<SsoFlow, 'expiresAt'>): { value: string; expires: Date } {
      const expires = new Date(now().getTime() + FLOW_MINUTES * 60_000);
      const payload = Buffer.from(JSON.stringify({ ...flow, expiresAt: expires.getTime() })).toString('base64url');
      return { value: `${payload}.${sign(payload)}`, expires };
    },

    /** The flow a cookie holds; undefined when it is missing, changed, expired or for another provider. */
    open(value: string | undefined, provider: string): SsoFlow | undefined {
      const [payload = '', signature = ''] = value?.split('.') ?? [];
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SsoFlow;
      return flow.provider === provider && flow.expiresAt > now().getTime() ? flow : undefined;
    },
  };
};

export type FlowCookies = ReturnType<typeof createFlowCookies>;
