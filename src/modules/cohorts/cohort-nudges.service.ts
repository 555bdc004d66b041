// The rules of a cohort's automatic nudges, set by its mentors, and each member's choice to get them or not
// (decision 0043). As everywhere in cohorts, a cohort is found only through a current mentor (for the rules) or a
// current member (for the choice): for anyone else it does not exist (404).
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { NotFoundError } from '../../lib/errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import type { CohortMembersRepository } from './cohort-members.repository.ts';
import type { CohortNudgesRepository, NudgeRulesRow } from './cohort-nudges.repository.ts';
import type { MyNudgePreference, MyNudges, NudgeRules } from './cohort-nudges.schemas.ts';
import type { CohortsRepository } from './cohorts.repository.ts';
import { archived, notFound } from './cohorts.service.ts';

/** A cohort nobody has set rules for sends no nudges; these are the days its form starts from. */
const DEFAULT_RULES: NudgeRulesRow = { behindEnabled: false, behindDays: 7, inactiveEnabled: false, inactiveDays: 14 };

export const toNudgeRules = (row: NudgeRulesRow): NudgeRules => ({
  behind: { enabled: row.behindEnabled, days: row.behindDays },
  inactive: { enabled: row.inactiveEnabled, days: row.inactiveDays },
});

export interface CohortNudgesUnit {
  cohortsRepository: Pick<CohortsRepository, 'findMentoredCohort'>;
  cohortMembersRepository: Pick<CohortMembersRepository, 'findMembership'>;
  cohortNudgesRepository: CohortNudgesRepository;
  auditRepository: Pick<AuditRepository, 'record'>;
}

export interface CohortNudgesServiceDeps {
  cohortsRepository: Pick<CohortsRepository, 'findMentoredCohort'>;
  cohortMembersRepository: Pick<CohortMembersRepository, 'findMembership'>;
  cohortNudgesRepository: CohortNudgesRepository;
  transact: UnitOfWork<CohortNudgesUnit>;
}

const notAMember = (id: string) => new NotFoundError(`You do not belong to a cohort "${id}".`);

export const createCohortNudgesService = ({
  cohortsRepository,
  cohortMembersRepository,
  cohortNudgesRepository,
  transact,
}: CohortNudgesServiceDeps) => {
  const rulesOf = async (repository: Pick<CohortNudgesRepository, 'findRules'>, cohortId: string) =>
    toNudgeRules((await repository.findRules(cohortId)) ?? DEFAULT_RULES);

  return {
    async getRules(cohortId: string, mentorId: string): Promise<NudgeRules> {
      if ((await cohortsRepository.findMentoredCohort(cohortId, mentorId)) === undefined) throw notFound(cohortId);
      return rulesOf(cohortNudgesRepository, cohortId);
    },

    /** Replaces both rules, with the audit entry; refused (409) once the cohort is archived. */
    setRules: (cohortId: string, rules: NudgeRules, actor: SignedInActor) =>
      transact(async (unit): Promise<NudgeRules> => {
        const cohort = await unit.cohortsRepository.findMentoredCohort(cohortId, actor.userId, { forUpdate: true });
        if (cohort === undefined) throw notFound(cohortId);
        if (cohort.archivedAt !== null) throw archived();
        await unit.cohortNudgesRepository.saveRules(cohortId, {
          behindEnabled: rules.behind.enabled,
          behindDays: rules.behind.days,
          inactiveEnabled: rules.inactive.enabled,
          inactiveDays: rules.inactive.days,
        });
        await unit.auditRepository.record(auditOf(actor, 'cohort.nudges_changed', { cohort: cohortId, ...rules }));
        return rules;
      }),

    async getMine(cohortId: string, userId: string): Promise<MyNudges> {
      if ((await cohortMembersRepository.findMembership(cohortId, userId)) === undefined) throw notAMember(cohortId);
      const [optedOut, rules] = await Promise.all([
        cohortNudgesRepository.isOptedOut(cohortId, userId),
        rulesOf(cohortNudgesRepository, cohortId),
      ]);
      return { enabled: !optedOut, rules };
    },

    /**
     * Turns the cohort's nudges off or on again for the learner; audited when it changes anything. Allowed in an
     * archived cohort too (it sends none, but the choice is the learner's to keep).
     */
    setMine: (cohortId: string, { enabled }: MyNudgePreference, actor: SignedInActor) =>
      transact(async (unit): Promise<MyNudges> => {
        if ((await unit.cohortMembersRepository.findMembership(cohortId, actor.userId)) === undefined) {
          throw notAMember(cohortId);
        }
        const repository = unit.cohortNudgesRepository;
        const changed = enabled
          ? await repository.optIn(cohortId, actor.userId)
          : await repository.optOut(cohortId, actor.userId);
        if (changed) {
          await unit.auditRepository.record({
            ...auditOf(actor, 'cohort.nudges_preference_changed', { cohort: cohortId, enabled }),
            subjectId: actor.userId,
          });
        }
        return { enabled, rules: await rulesOf(repository, cohortId) };
      }),
  };
};

export type CohortNudgesService = ReturnType<typeof createCohortNudgesService>;
