import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { actorOf } from '../../http/actor.ts';
import { signedIn } from '../../http/authorization.ts';
import { setBrowserSession } from '../../http/browser-session.ts';
import { problemResponses } from '../../http/problem.ts';
import { FLOW_COOKIE, type SsoFlow } from './flow-cookie.ts';
import { SSO_FAILURES, ssoFailureOf } from './sso-failures.ts';
import {
  ConfirmSsoLinkBody,
  ReauthenticateBody,
  LinkedLoginList,
  SsoAuthorization,
  SsoCallbackQuery,
  SsoLinkBody,
  SsoProviderList,
  SsoProviderParams,
  SsoStartQuery,
} from './sso.schemas.ts';
import { FRESH_LOGIN_SECONDS, REAUTH_PROOF_MINUTES } from './sso-reauthentication.ts';
import type { SsoService } from './sso.service.ts';

export interface SsoRoutesOptions {
  ssoService: SsoService;
  localPasswords: boolean;
  /** The callback URL is rebuilt on it, as registered at the provider, whatever Host the request came with. */
  publicUrl: string;
  authRateLimit: { max: number; timeWindow: number };
}

// SameSite=Lax, unlike the session cookies: the browser must send it back on the provider's redirect, a top-level
// navigation from another site.
const flowCookieOptions = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' } as const;

const redirectResponse = (description: string) => ({ 302: Type.Null({ description }) });

/** A browser navigation (it asks for a page), not a script that wants the problem document. */
const wantsPage = (accept: string | undefined) => accept !== undefined && accept.includes('text/html');

/**
 * The web app's step after a login (decision 0039): it brings in the progress this browser kept as a guest, as after
 * a password login, then goes on to `next`.
 */
const signedInPage = (next: string, provisioned: boolean) =>
  `/sso/signed-in?${new URLSearchParams({ next, ...(provisioned ? { new: '1' } : {}) }).toString()}`;

/**
 * The page that asked for the confirmation, with the proof in its fragment: a browser keeps a fragment from the
 * servers it talks to and from the Referer, and the web app removes it from the address bar once read.
 */
const proofPage = ({ next, proof, operation }: { next: string; proof: string; operation: string }) =>
  `${next.split('#')[0]!}#${new URLSearchParams({ reauth: proof, operation }).toString()}`;

export const ssoRoutes: FastifyPluginAsyncTypebox<SsoRoutesOptions> = async (
  app,
  { ssoService, localPasswords, publicUrl, authRateLimit },
) => {
  const publicRoute = { policy: 'public', rateLimit: authRateLimit } as const;

  const startFlow = async (reply: FastifyReply, provider: string, intent: SsoFlow['intent'], next = '/') => {
    const { url, cookie } = await ssoService.start(provider, intent, next);
    reply.setCookie(FLOW_COOKIE, cookie.value, { ...flowCookieOptions, expires: cookie.expires });
    return url;
  };

  app.get(
    '/v1/auth/sso/providers',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        operationId: 'listSsoProviders',
        summary: 'How people log in here: the single sign-on providers, and whether passwords work',
        response: { 200: SsoProviderList },
      },
    },
    () => ({ localPasswords, items: ssoService.listProviders() }),
  );

  app.get(
    '/v1/auth/sso/:provider/start',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'startSsoLogin',
        summary: "Log in with a provider: redirects the browser to the provider's login page",
        description:
          'For a browser navigation (a link or a button), not for scripts. The sign-in must come back to the same ' +
          'browser within 10 minutes.',
        params: SsoProviderParams,
        querystring: SsoStartQuery,
        response: { ...redirectResponse("To the provider's login page"), ...problemResponses(400, 404, 503) },
      },
    },
    async (request, reply) =>
      reply.redirect(await startFlow(reply, request.params.provider, { kind: 'login' }, request.query.next), 302),
  );

  app.get(
    '/v1/auth/sso/:provider/callback',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'finishSsoLogin',
        summary: 'Where the provider sends the browser back; logs in and redirects to the web app',
        description:
          'Checks the answer (state, PKCE, and the ID token: signature, issuer, audience, nonce, expiry), then logs ' +
          'into the linked account, makes an account on a first login (a verified address in an allowed domain ' +
          'needed), or, when an account already has the address, mails its owner a link to confirm the link ' +
          '(redirecting to /login?sso=check-mail). A login sets the browser session cookies as POST /v1/auth/login ' +
          "with session=cookie does and redirects to /sso/signed-in?next=…, the web app's step after a login " +
          '(new=1 when the account was made just now). Nothing is written when a check fails. A failure answers a ' +
          'problem document, except to a browser (Accept with text/html), which is redirected to ' +
          `/login?sso-error=<code>, the code one of ${SSO_FAILURES.join(', ')}.`,
        params: SsoProviderParams,
        querystring: SsoCallbackQuery,
        response: {
          ...redirectResponse('To the web app: logged in, linked, or told to check the mail'),
          ...problemResponses(400, 401, 403, 404, 409, 503),
        },
      },
    },
    async (request, reply) => {
      const callbackUrl = new URL(request.url, publicUrl);
      const flowCookie = request.cookies[FLOW_COOKIE];
      reply.clearCookie(FLOW_COOKIE, flowCookieOptions);
      const outcome = await ssoService
        .finish(request.params.provider, callbackUrl, flowCookie, actorOf(request))
        .catch((error: unknown) => {
          const failure = ssoFailureOf(error);
          if (failure === undefined || !wantsPage(request.headers.accept)) throw error;
          return { kind: 'failed', failure } as const;
        });
      if (outcome.kind === 'failed') {
        const page = ssoService.failurePage(request.params.provider, flowCookie);
        return reply.redirect(`${page}?sso-error=${outcome.failure}`, 302);
      }
      if (outcome.kind === 'confirm-by-mail') return reply.redirect('/login?sso=check-mail', 302);
      if (outcome.kind === 'linked') return reply.redirect(outcome.next, 302);
      if (outcome.kind === 'reauthenticated') return reply.redirect(proofPage(outcome), 302);
      setBrowserSession(reply, outcome.pair.refreshToken, new Date(outcome.pair.refreshTokenExpiresAt));
      return reply.redirect(signedInPage(outcome.next, outcome.provisioned), 302);
    },
  );

  app.get(
    '/v1/me/sso',
    {
      config: { policy: { permission: 'account:self' } },
      schema: {
        tags: ['accounts'],
        operationId: 'listLinkedLogins',
        summary: 'The organisation logins (single sign-on) that open your account',
        description: 'With the ones waiting for the link mailed to your address (linkedAt null).',
        response: { 200: LinkedLoginList },
      },
    },
    async (request) => ({ items: await ssoService.linkedLogins(signedIn(request).userId) }),
  );

  app.post(
    '/v1/me/sso/:provider/link',
    {
      config: { policy: { permission: 'account:self' } },
      schema: {
        tags: ['accounts'],
        operationId: 'startSsoLink',
        summary: 'Link a provider login to your account: where to send the browser',
        description:
          'Answers with the provider URL and sets a short-lived cookie; send the browser there. When the provider ' +
          'answers, its login opens this account from then on. Needs a login session, not a personal token.',
        params: SsoProviderParams,
        body: SsoLinkBody,
        response: { 200: SsoAuthorization, ...problemResponses(400, 404, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      const { userId } = signedIn(request);
      const next = request.body.next ?? '/account';
      return { authorizationUrl: await startFlow(reply, request.params.provider, { kind: 'link', userId }, next) };
    },
  );

  app.post(
    '/v1/me/sso/:provider/reauthenticate',
    {
      config: { policy: { permission: 'account:self' } },
      schema: {
        tags: ['accounts'],
        operationId: 'startSsoReauthentication',
        summary: 'Confirm a change with a fresh login at your organisation: where to send the browser',
        description:
          'For an account without a password, or where passwords are off: deleting it (DELETE /v1/me) and changing ' +
          'its address (POST /v1/me/email) are confirmed by logging in again at a provider whose login is linked to ' +
          `it (409 otherwise). The provider is asked to log you in anew (prompt=login, max_age=${FRESH_LOGIN_SECONDS}); ` +
          'a login older than that is refused. The browser comes back to `next` with `#reauth=<proof>&operation=…` ' +
          `in the fragment: send the proof as reauthProof, once, within ${REAUTH_PROOF_MINUTES} minutes, for that ` +
          'change of this account only. A failure comes back as `next?sso-error=<code>`. Needs a login session.',
        params: SsoProviderParams,
        body: ReauthenticateBody,
        response: { 200: SsoAuthorization, ...problemResponses(400, 404, 409, 413, 415, 503) },
      },
    },
    async (request, reply) => {
      const { userId } = signedIn(request);
      const { operation, next = '/account' } = request.body;
      await ssoService.requireLinked(userId, request.params.provider);
      const intent = { kind: 'reauthenticate', userId, operation } as const;
      return { authorizationUrl: await startFlow(reply, request.params.provider, intent, next) };
    },
  );

  app.delete(
    '/v1/me/sso/:provider',
    {
      config: { policy: { permission: 'account:self' } },
      schema: {
        tags: ['accounts'],
        operationId: 'unlinkSsoLogin',
        summary: 'Unlink a provider login from your account',
        description:
          "The provider's logins stop opening your account (a link still waiting for its mail is cancelled too). " +
          'Refused with 409 when nothing else would open it: no other linked login and no password that works ' +
          'here. Needs a login session.',
        params: SsoProviderParams,
        response: {
          204: Type.Null({ description: 'Unlinked' }),
          ...problemResponses(400, 404, 409),
        },
      },
    },
    async (request, reply) => {
      await ssoService.unlink(signedIn(request).userId, request.params.provider, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/auth/sso/confirm-link',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        operationId: 'confirmSsoLink',
        summary: 'Confirm, with the token from the mail, that a provider login may open your account',
        description:
          'The link works once, for 24 hours. If the address of the account was never confirmed, following the ' +
          'link confirms it and ends every session, token and password of the account (anyone could have signed ' +
          'up with it): log in with the provider afterwards.',
        body: ConfirmSsoLinkBody,
        response: {
          204: Type.Null({ description: 'Linked; log in with the provider' }),
          ...problemResponses(400, 413, 415),
        },
      },
    },
    async (request, reply) => {
      await ssoService.confirmLink(request.body.token, actorOf(request));
      return reply.code(204).send(null);
    },
  );
};
