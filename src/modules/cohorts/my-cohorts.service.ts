// What a learner does with cohorts: join one (by a mailed invite or a join code), see the ones they belong to with
// their due dates, see exactly what the mentors see of them, and leave. The learner always comes from the
// credentials; a cohort they do not belong to (any more) does not exist for them (404).
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { CohortJoinWay } from '../../lib/enums.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { hashOpaqueToken } from '../auth/tokens.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import type { CohortMembersRepository } from './cohort-members.repository.ts';
import { toMemberProgress, toMyCohort } from './cohort-view.ts';
import type { CohortRow, CohortsRepository } from './cohorts.repository.ts';
import type { MyCohort } from './cohorts.schemas.ts';
import { archived } from './cohorts.service.ts';

export interface MyCohortsUnit {
  cohortsRepository: CohortsRepository;
  cohortMembersRepository: CohortMembersRepository;
  auditRepository: Pick<AuditRepository, 'record'>;
}

export interface MyCohortsServiceDeps {
  cohortsRepository: CohortsRepository;
  cohortMembersRepository: CohortMembersRepository;
  transact: UnitOfWork<MyCohortsUnit>;
  now?: () => Date;
}

const notAMember = (id: string) => new NotFoundError(`You do not belong to a cohort "${id}".`);

const badInvite = () =>
  new ValidationError('This invite is not valid any more: it was used, it expired, or it was never sent.', [
    { in: 'body', pointer: '/token', detail: 'is not a valid or current invite' },
  ]);
const badCode = () =>
  new ValidationError('No cohort takes this join code now: it may have been turned off or replaced.', [
    { in: 'body', pointer: '/code', detail: 'is not a current join code' },
  ]);

export const createMyCohortsService = ({
  cohortsRepository,
  cohortMembersRepository,
  transact,
  now = () => new Date(),
}: MyCohortsServiceDeps) => {
  /** Joins the locked cohort, refused when it is archived or the learner mentors it; audited when they join. */
  const joinLocked = async (
    unit: MyCohortsUnit,
    cohort: CohortRow,
    via: CohortJoinWay,
    actor: SignedInActor,
  ): Promise<MyCohort> => {
    if (cohort.archivedAt !== null) throw archived();
    if (await unit.cohortsRepository.isMentor(cohort.id, actor.userId)) {
      throw new ConflictError('You mentor this cohort: mentors are not its members.');
    }
    if (await unit.cohortMembersRepository.join(cohort.id, actor.userId, via)) {
      await unit.auditRepository.record({
        ...auditOf(actor, 'cohort.joined', { cohort: cohort.id, via }),
        subjectId: actor.userId,
      });
    }
    const membership = (await unit.cohortMembersRepository.findMembership(cohort.id, actor.userId))!;
    return toMyCohort(unit.cohortsRepository, cohort, membership.joinedAt);
  };

  return {
    /** Spends the invite and joins its cohort; a used, expired or unknown invite is a 400 and changes nothing. */
    acceptInvite: (token: string, actor: SignedInActor) =>
      transact(async (unit) => {
        const invite = await unit.cohortsRepository.consumeInvite(hashOpaqueToken(token), actor.userId);
        if (invite === undefined) throw badInvite();
        return joinLocked(
          unit,
          (await unit.cohortsRepository.findCohort(invite.cohortId, { forUpdate: true }))!,
          'invite',
          actor,
        );
      }),

    joinByCode: (code: string, actor: SignedInActor) =>
      transact(async (unit) => {
        const cohort = await unit.cohortsRepository.findCohortByJoinCode(code.toUpperCase());
        if (cohort === undefined) throw badCode();
        return joinLocked(unit, cohort, 'code', actor);
      }),

    /** For the learner's plan of a roadmap: each of their cohorts on it, with the due date of every stage. */
    dueDatesOn: async (userId: string, roadmapSlug: string) => {
      const cohorts = new Map<string, { id: string; name: string; stages: { month: number; dueOn: string }[] }>();
      for (const row of await cohortMembersRepository.listDueDatesOf(userId, roadmapSlug)) {
        const cohort = cohorts.get(row.id) ?? { id: row.id, name: row.name, stages: [] };
        cohort.stages.push({ month: row.month, dueOn: row.dueOn });
        cohorts.set(row.id, cohort);
      }
      return [...cohorts.values()];
    },

    async list(userId: string) {
      const memberships = await cohortMembersRepository.listMemberships(userId);
      const items = [];
      for (const membership of memberships) {
        items.push(await this.get(membership.cohortId, userId));
      }
      return { items };
    },

    async get(id: string, userId: string) {
      const membership = await cohortMembersRepository.findMembership(id, userId);
      if (membership === undefined) throw notAMember(id);
      return toMyCohort(cohortsRepository, (await cohortsRepository.findCohort(id))!, membership.joinedAt);
    },

    /** The very answer the cohort's mentors get for this learner: the same query, the same shape. */
    async whatMentorsSee(id: string, userId: string) {
      const membership = await cohortMembersRepository.findMembership(id, userId);
      if (membership === undefined) throw notAMember(id);
      const cohort = (await cohortsRepository.findCohort(id))!;
      const [row] = await cohortMembersRepository.listProgress({
        cohortId: id,
        roadmapSlug: cohort.roadmapSlug,
        today: now().toISOString().slice(0, 10),
        onlyUserId: userId,
        limit: 1,
      });
      if (row === undefined) throw notAMember(id);
      return toMemberProgress(row);
    },

    /**
     * Leaves at once: from this moment the mentors' view no longer has the learner. Allowed in an archived cohort
     * too: a learner's consent to be seen outweighs keeping the archive whole (decision 0038).
     */
    leave: (id: string, actor: SignedInActor) =>
      transact(async (unit) => {
        if (!(await unit.cohortMembersRepository.leave(id, actor.userId))) throw notAMember(id);
        await unit.auditRepository.record({
          ...auditOf(actor, 'cohort.left', { cohort: id }),
          subjectId: actor.userId,
        });
      }),
  };
};

export type MyCohortsService = ReturnType<typeof createMyCohortsService>;
