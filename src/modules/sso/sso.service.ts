// Single sign-on use cases: the providers to offer, sending the browser to one, and what its answer leads to — a login
// to the linked account, a new account made just in time, a link to the signed-in account, or a link the owner of an
// existing account with the same address must confirm by mail (never made silently). Each change is one transaction
// with its audit entries, and the login session is opened exactly as a password login opens it.
import { randomUUID } from 'node:crypto';
import type { SsoProviderConfig } from '../../config/sso-options.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../../lib/errors.ts';
import type { AccountsRepository } from '../accounts/accounts.repository.ts';
import type { AccountsUnitOfWork } from '../accounts/accounts.service.ts';
import { selfAudit, toLinkedLogin, type UserRow } from '../accounts/accounts.shared.ts';
import { endEveryCredential } from '../accounts/credentials.ts';
import { makeRoomForOneMoreSession } from '../accounts/session-limit.ts';
import type { SessionsService } from '../accounts/sessions.service.ts';
import type { RequestActor } from '../audit/actor.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/tokens.ts';
import type { ReauthOperation } from '../accounts/reauth-proofs.repository.ts';
import type { FlowCookies, SsoFlow } from './flow-cookie.ts';
import type { OidcClient, SsoClaims } from './oidc-client.ts';
import { ssoRefusal } from './sso-failures.ts';
import { personFromClaims, roleFromClaims, type SsoPerson } from './sso-claims.ts';
import { FRESH_LOGIN_SECONDS, issueReauthProof, refuseForeignLogin, refuseStaleLogin } from './sso-reauthentication.ts';
import { applyRoleFromClaims } from './sso-roles.ts';
import type { SsoRepository } from './sso.repository.ts';
import { createSsoAccountUseCases } from './sso-account.ts';

export const LINK_CONFIRMATION_HOURS = 24;

export interface SsoUnitOfWork extends AccountsUnitOfWork {
  ssoRepository: SsoRepository;
}

/**
 * Runs inside the transaction of every single sign-on login (the first one too), after the account is known: where
 * claims can place a person in more (cohorts, say) without the login knowing about it.
 */
export type SsoSignInHook = (
  unit: SsoUnitOfWork,
  signIn: { userId: string; provider: string; claims: SsoClaims; provisioned: boolean },
) => Promise<void>;

/** Where the browser goes once the provider has answered. */
export type SsoOutcome =
  | { kind: 'session'; pair: Awaited<ReturnType<SessionsService['tokenPair']>>; next: string; provisioned: boolean }
  | { kind: 'linked'; next: string }
  | { kind: 'reauthenticated'; next: string; proof: string; operation: ReauthOperation }
  | { kind: 'confirm-by-mail' };

export interface SsoServiceDeps {
  providers: SsoProviderConfig[];
  clientFor: (provider: SsoProviderConfig) => OidcClient;
  flowCookies: FlowCookies;
  /** For reads; the changes go through `transact`. */
  ssoRepository: Pick<SsoRepository, 'findIdentity' | 'linkedProvidersOf'>;
  accountsRepository: Pick<AccountsRepository, 'findUserById' | 'findUserByEmail' | 'linkedLogins'>;
  transact: UnitOfWork<SsoUnitOfWork>;
  sessions: Pick<SessionsService, 'openSession' | 'tokenPair'>;
  /** LOCAL_PASSWORDS: whether a password still opens an account that has one (unlinking the last login needs it). */
  localPasswords: boolean;
  onSignIn?: SsoSignInHook | undefined;
  now?: () => Date;
}

export const createSsoService = ({
  providers,
  clientFor,
  flowCookies,
  ssoRepository,
  accountsRepository,
  transact,
  sessions,
  localPasswords,
  onSignIn,
  now = () => new Date(),
}: SsoServiceDeps) => {
  const clients = new Map(providers.map((provider) => [provider.id, { provider, client: clientFor(provider) }]));

  const known = (id: string) => {
    const found = clients.get(id);
    if (found === undefined) throw new NotFoundError(`This instance has no single sign-on provider "${id}".`);
    return found;
  };

  const disabled = () => ssoRefusal(new ForbiddenError('This account is disabled.'), 'account-disabled');

  const enabledUser = async (userId: string) => {
    const user = await accountsRepository.findUserById(userId);
    if (user === undefined || user.disabledAt !== null) throw disabled();
    return user;
  };

  /** The login's audit entry, the hook, room for the session and the session itself, in the caller's transaction. */
  const openSsoSession = async (
    unit: SsoUnitOfWork,
    user: UserRow,
    signIn: { provider: string; claims: SsoClaims; provisioned: boolean },
    context: RequestActor,
  ) => {
    await unit.auditRepository.record(
      selfAudit('auth.login_succeeded', user.id, context, { method: 'sso', provider: signIn.provider }),
    );
    await onSignIn?.(unit, { userId: user.id, ...signIn });
    await makeRoomForOneMoreSession(unit, user.id, context);
    return sessions.openSession(unit.accountsRepository, user, context);
  };

  /** Logs into the linked account, with the role its claims give now (decision 0045). */
  const loginLinked = async (
    provider: SsoProviderConfig,
    userId: string,
    person: SsoPerson,
    flow: SsoFlow,
    context: RequestActor,
  ) => {
    const { user, session } = await transact(async (unit) => {
      await unit.accountsRepository.lockUser(userId);
      const before = await unit.accountsRepository.findUserById(userId);
      if (before === undefined || before.disabledAt !== null) throw disabled();
      const user = await applyRoleFromClaims(unit, provider, before, person.claims);
      await unit.ssoRepository.recordLogin(person.provider, person.subject);
      return { user, session: await openSsoSession(unit, user, { ...person, provisioned: false }, context) };
    });
    return {
      kind: 'session',
      pair: await sessions.tokenPair(user, session.familyId, session.token, session.expiresAt),
      next: flow.next,
      provisioned: false,
    } as const;
  };

  const provision = async (provider: SsoProviderConfig, person: SsoPerson, flow: SsoFlow, context: RequestActor) => {
    const role = roleFromClaims(provider, person.claims);
    const { user, session } = await transact(async (unit) => {
      const created = await unit.ssoRepository.insertProvisionedUser({
        id: randomUUID(),
        email: person.email,
        displayName: person.displayName,
        role,
        roleSource: provider.roleClaim === undefined ? null : provider.id,
      });
      if (created === undefined) {
        throw ssoRefusal(
          new ConflictError('An account with this address was made just now: log in again.'),
          'try-again',
        );
      }
      await unit.ssoRepository.insertLinkedIdentity({ ...person, userId: created.id });
      await unit.auditRepository.record(
        selfAudit('account.provisioned', created.id, context, { provider: provider.id, role }),
      );
      const user = (await unit.accountsRepository.findUserById(created.id))!;
      return { user, session: await openSsoSession(unit, user, { ...person, provisioned: true }, context) };
    });
    return {
      kind: 'session',
      pair: await sessions.tokenPair(user, session.familyId, session.token, session.expiresAt),
      next: flow.next,
      provisioned: true,
    } as const;
  };

  /** Links at once: the person proved the account by being logged in to it when the flow started. */
  const linkToSignedIn = async (userId: string, person: SsoPerson, flow: SsoFlow, context: RequestActor) => {
    await enabledUser(userId);
    await transact(async (unit) => {
      await unit.ssoRepository.insertLinkedIdentity({ ...person, userId });
      await unit.auditRepository.record(
        selfAudit('account.sso_linked', userId, context, { provider: person.provider, proof: 'session' }),
      );
    });
    return { kind: 'linked', next: flow.next } as const;
  };

  /** An account has this address already: only its owner, from its mailbox, may link the identity to it. */
  const askOwnerByMail = async (
    owner: UserRow,
    person: SsoPerson,
    provider: SsoProviderConfig,
    context: RequestActor,
  ) => {
    if (owner.disabledAt !== null) throw disabled();
    const token = newOpaqueToken();
    await transact(async (unit) => {
      const fresh = await unit.ssoRepository.upsertPendingLink({
        provider: person.provider,
        subject: person.subject,
        userId: owner.id,
        email: person.email,
        tokenHash: hashOpaqueToken(token),
        expiresAt: new Date(now().getTime() + LINK_CONFIRMATION_HOURS * 3_600_000),
      });
      if (!fresh) return; // the link mailed before still works
      await unit.sendMail({
        template: 'confirm-sso-link',
        to: owner.email,
        displayName: owner.displayName,
        provider: provider.displayName,
        token,
      });
      await unit.auditRepository.record({
        action: 'account.sso_link_requested',
        subjectId: owner.id,
        ip: context.ip,
        userAgent: context.userAgent,
        details: { provider: provider.id },
      });
    });
    return { kind: 'confirm-by-mail' } as const;
  };

  return {
    ...createSsoAccountUseCases({ known, ssoRepository, transact, flowCookies, localPasswords }),

    /** The providers to offer on the login page, in the configured order. */
    listProviders: () => providers.map(({ id, displayName }) => ({ id, displayName })),

    /** The organisation logins that open the account, or wait for its mailed link, oldest first. */
    linkedLogins: async (userId: string) => (await accountsRepository.linkedLogins(userId)).map(toLinkedLogin),

    /** The provider's authorization URL, and the sealed flow for the browser's cookie. */
    async start(providerId: string, intent: SsoFlow['intent'], next: string) {
      const { client } = known(providerId);
      const fresh = intent.kind === 'reauthenticate' ? FRESH_LOGIN_SECONDS : undefined;
      const { url, pending } = await client.authorizationRequest(fresh);
      return { url: url.href, cookie: flowCookies.seal({ ...pending, provider: providerId, intent, next }) };
    },

    /** The browser is back from the provider: check its answer, then log in, provision or link. */
    async finish(
      providerId: string,
      callbackUrl: URL,
      flowCookie: string | undefined,
      context: RequestActor,
    ): Promise<SsoOutcome> {
      const { provider, client } = known(providerId);
      const flow = flowCookies.open(flowCookie, providerId);
      if (flow === undefined) {
        throw ssoRefusal(
          new UnauthorizedError('This sign-in was not started in this browser, or it took too long: start again.'),
          'not-started',
        );
      }
      const person = personFromClaims(provider, await client.claimsFromCallback(callbackUrl, flow));
      const identity = await ssoRepository.findIdentity(provider.id, person.subject);
      if (flow.intent.kind === 'reauthenticate') {
        const { userId, operation } = flow.intent;
        refuseForeignLogin(provider, identity, userId);
        refuseStaleLogin(provider, person, now());
        await enabledUser(userId);
        const proof = await transact((unit) =>
          issueReauthProof(unit, { userId, provider: provider.id, operation }, now(), context),
        );
        return { kind: 'reauthenticated', next: flow.next, proof, operation };
      }
      if (flow.intent.kind === 'link') {
        if (identity?.linkedAt && identity.userId !== flow.intent.userId) {
          throw ssoRefusal(
            new ConflictError(`This ${provider.displayName} account is linked to another Waymark account.`),
            'linked-elsewhere',
          );
        }
        if (identity?.linkedAt) return { kind: 'linked', next: flow.next };
        return linkToSignedIn(flow.intent.userId, person, flow, context);
      }
      if (identity?.linkedAt) return loginLinked(provider, identity.userId, person, flow, context);
      const owner = await accountsRepository.findUserByEmail(person.email);
      if (owner !== undefined) return askOwnerByMail(owner, person, provider, context);
      return provision(provider, person, flow, context);
    },

    /**
     * The owner followed the mailed link: the identity is linked. An account whose address was never confirmed could
     * have been made by anyone with that address; following the link proves the mailbox, so whoever made it loses
     * every way in (sessions, tokens, links and the password they chose), as a first confirmation does (decision 0011).
     */
    async confirmLink(token: string, context: RequestActor): Promise<void> {
      const tokenHash = hashOpaqueToken(token);
      await transact(async (unit) => {
        const linked = await unit.ssoRepository.confirmPendingLink(tokenHash);
        if (linked === undefined) {
          throw new ValidationError('This link is not valid any more: it was used, it expired, or it was never sent.', [
            { in: 'body', pointer: '/token', detail: 'is not a valid or current token' },
          ]);
        }
        const user = (await unit.accountsRepository.findUserById(linked.userId))!;
        const unconfirmed = user.emailVerifiedAt === null;
        const ended = unconfirmed ? await endEveryCredential(unit, user.id) : undefined;
        if (unconfirmed) {
          await unit.accountsRepository.updatePasswordHash(user.id, null);
          await unit.accountsRepository.markEmailVerified(user.id);
        }
        await unit.auditRepository.record(
          selfAudit('account.sso_linked', user.id, context, {
            provider: linked.provider,
            proof: 'mail',
            ...(ended === undefined ? {} : { ended }),
          }),
        );
      });
    },
  };
};

export type SsoService = ReturnType<typeof createSsoService>;
