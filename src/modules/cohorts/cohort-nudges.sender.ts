// The daily `cohorts.nudges` job's work (decision 0043): in every cohort that is not archived and has a rule on,
// find the members the rules match and send each a nudge, written by Waymark on behalf of the cohort, stored as a
// cohort message (so it is in the learner's messages) and mailed with a way to turn nudges off. Each nudge is one
// transaction that claims its key (cohort, learner, rule, ISO week): a rerun, a retry or a second worker finds the key
// taken and sends nothing.
import { isoWeek } from '../progress/digest.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { MailMessage } from '../mail/mail.templates.ts';
import type { CohortMembersRepository, MemberProgressRow } from './cohort-members.repository.ts';
import type { CohortNudgesRepository } from './cohort-nudges.repository.ts';
import type { NudgeRule } from './cohort-nudges.schemas.ts';

const DAY_MS = 86_400_000;
const PAGE = 100;

type CohortToNudge = Awaited<ReturnType<CohortNudgesRepository['listCohortsToNudge']>>[number];

export interface NudgeSenderUnit {
  cohortNudgesRepository: Pick<CohortNudgesRepository, 'insertNudgeMessage' | 'claimNudge'>;
  auditRepository: Pick<AuditRepository, 'record'>;
  sendMail: (message: MailMessage) => Promise<void>;
}

export interface NudgeSenderDeps {
  cohortNudgesRepository: Pick<CohortNudgesRepository, 'listCohortsToNudge' | 'listNudgeableMembers'>;
  cohortMembersRepository: Pick<CohortMembersRepository, 'listProgress'>;
  transact: UnitOfWork<NudgeSenderUnit>;
}

/** Thrown inside a nudge's transaction when its key is taken, so that the message written for it is rolled back. */
class AlreadyNudged extends Error {}

/**
 * Which rule, if any, matches the member today. One nudge a member a run at most: being behind says more than being
 * quiet, and two mails at once from one cohort would be one too many.
 */
export const nudgeDue = (cohort: CohortToNudge, member: MemberProgressRow, now: Date) => {
  if (cohort.behindEnabled && member.status === 'behind' && (member.daysBehind ?? 0) > cohort.behindDays) {
    return { rule: 'behind' as const, days: member.daysBehind ?? 0 };
  }
  if (cohort.inactiveEnabled) {
    // Quiet since the last change to a step, but never counted from before joining or before the cohort began.
    const since = Math.max(
      member.lastActivityAt?.getTime() ?? 0,
      member.joinedAt.getTime(),
      Date.parse(`${cohort.startDate}T00:00:00Z`),
    );
    const days = Math.floor((now.getTime() - since) / DAY_MS);
    if (days >= cohort.inactiveDays) return { rule: 'inactive' as const, days };
  }
  return undefined;
};

/** What the nudge says, in the app (Markdown) and in the mail (the same text). */
export const nudgeText = (cohort: CohortToNudge, rule: NudgeRule, days: number) =>
  rule === 'behind'
    ? {
        subject: `You are about ${days} days behind the schedule of ${cohort.name}`,
        body:
          `On ${cohort.roadmapTitle}, you are where the schedule of ${cohort.name} expected you to be about ${days} ` +
          `days ago.\n\nA little time this week closes part of the gap: your plan shows the next step. If something ` +
          `holds you back, tell your mentors.`,
      }
    : {
        subject: `${days} days since your last step in ${cohort.name}`,
        body:
          `You have not moved a step of ${cohort.roadmapTitle} for ${days} days.\n\nEven a small step keeps the ` +
          `thread: open the roadmap and mark where you are. If something holds you back, tell your mentors.`,
      };

export const createNudgeSender = ({ cohortNudgesRepository, cohortMembersRepository, transact }: NudgeSenderDeps) => {
  const sendOne = async (
    cohort: CohortToNudge,
    member: { id: string; email: string; displayName: string },
    due: { rule: NudgeRule; days: number },
    period: string,
  ) => {
    const text = nudgeText(cohort, due.rule, due.days);
    try {
      return await transact(async (unit) => {
        const messageId = await unit.cohortNudgesRepository.insertNudgeMessage({
          cohortId: cohort.id,
          userId: member.id,
          ...text,
        });
        const key = { cohortId: cohort.id, userId: member.id, rule: due.rule, period, messageId };
        if (!(await unit.cohortNudgesRepository.claimNudge(key))) throw new AlreadyNudged();
        await unit.sendMail({
          template: 'cohort-nudge',
          to: member.email,
          displayName: member.displayName,
          cohortId: cohort.id,
          cohortName: cohort.name,
          ...text,
        });
        await unit.auditRepository.record({
          action: 'cohort.nudge_sent',
          subjectId: member.id,
          details: { cohort: cohort.id, message: messageId, rule: due.rule, period },
        });
        return true;
      });
    } catch (error) {
      if (error instanceof AlreadyNudged) return false;
      throw error;
    }
  };

  /** Every current member's progress, a page at a time in joining order. */
  async function* progressOf(cohort: CohortToNudge, today: string) {
    let after: { joinedAt: string; userId: string } | undefined;
    for (;;) {
      const rows = await cohortMembersRepository.listProgress({
        cohortId: cohort.id,
        roadmapSlug: cohort.roadmapSlug,
        today,
        after,
        limit: PAGE,
      });
      yield* rows;
      const last = rows.at(-1);
      if (rows.length < PAGE || last === undefined) return;
      after = { joinedAt: last.joinedAtText, userId: last.userId };
    }
  }

  return {
    /** Sends the nudges due at `now`; counts those sent by this run (not the ones an earlier run had sent). */
    async sendDue(now: Date) {
      const period = isoWeek(now);
      const today = now.toISOString().slice(0, 10);
      let sent = 0;
      for (const cohort of await cohortNudgesRepository.listCohortsToNudge()) {
        const members = new Map(
          (await cohortNudgesRepository.listNudgeableMembers(cohort.id)).map((member) => [member.id, member]),
        );
        if (members.size === 0) continue;
        for await (const progress of progressOf(cohort, today)) {
          const member = members.get(progress.userId);
          const due = member === undefined ? undefined : nudgeDue(cohort, progress, now);
          if (member !== undefined && due !== undefined && (await sendOne(cohort, member, due, period))) sent += 1;
        }
      }
      return { period, sent };
    },
  };
};

export type NudgeSender = ReturnType<typeof createNudgeSender>;
