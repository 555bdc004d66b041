// What a signed-in person does with the organisation logins of their account (decision 0045): check that a provider
// login is linked before confirming a change with it, and unlink one — never the last way into the account.
import type { SsoProviderConfig } from '../../config/sso-options.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { RequestActor } from '../audit/actor.ts';
import { selfAudit } from '../accounts/accounts.shared.ts';
import type { FlowCookies } from './flow-cookie.ts';
import type { SsoRepository } from './sso.repository.ts';
import type { SsoUnitOfWork } from './sso.service.ts';

export interface SsoAccountDeps {
  known: (providerId: string) => { provider: SsoProviderConfig };
  ssoRepository: Pick<SsoRepository, 'linkedProvidersOf'>;
  transact: UnitOfWork<SsoUnitOfWork>;
  flowCookies: FlowCookies;
  localPasswords: boolean;
}

export const createSsoAccountUseCases = ({
  known,
  ssoRepository,
  transact,
  flowCookies,
  localPasswords,
}: SsoAccountDeps) => ({
  /** Refuses (409) a confirmation with a provider whose login is not linked to the account. */
  async requireLinked(userId: string, providerId: string): Promise<void> {
    const { provider } = known(providerId);
    const linked = await ssoRepository.linkedProvidersOf(userId);
    if (!linked.some((row) => row.provider === provider.id)) {
      throw new ConflictError(
        `No ${provider.displayName} login is linked to your account, so it cannot confirm for it: link one first, ` +
          'or confirm with a login that is linked.',
      );
    }
  },

  /**
   * Unlinks the account's logins of the provider (a link waiting for its mail goes too), unless nothing would open
   * the account afterwards: no other linked login, and no password that works here (409). The account's row is
   * locked, so two unlinks at once cannot each leave the other as the last way in and both go.
   */
  async unlink(userId: string, providerId: string, context: RequestActor): Promise<void> {
    const { provider } = known(providerId);
    await transact(async (unit) => {
      await unit.accountsRepository.lockUser(userId);
      const user = (await unit.accountsRepository.findUserById(userId))!;
      const removed = await unit.ssoRepository.deleteIdentitiesOf(userId, provider.id);
      if (removed.all === 0) throw new NotFoundError(`No ${provider.displayName} login is linked to your account.`);
      const othersLeft = (await unit.ssoRepository.linkedProvidersOf(userId)).length;
      const passwordWorks = localPasswords && user.passwordHash !== null;
      if (removed.linked > 0 && othersLeft === 0 && !passwordWorks) {
        throw new ConflictError(
          `${provider.displayName} is the only way into your account, so it cannot be unlinked: ` +
            (localPasswords
              ? 'set a password first (ask for a password reset by mail), or link another login.'
              : 'link another organisation login first.'),
        );
      }
      await unit.auditRepository.record(
        selfAudit('account.sso_unlinked', userId, context, {
          provider: provider.id,
          linked: removed.linked,
          waiting: removed.all - removed.linked,
        }),
      );
    });
  },

  /** Where a browser goes when the provider's answer fails: the page it started from, if it was signed in. */
  failurePage(providerId: string, flowCookie: string | undefined): string {
    const flow = flowCookies.open(flowCookie, providerId);
    return flow?.intent.kind === 'reauthenticate' ? flow.next.split(/[?#]/)[0]! : '/login';
  },
});
