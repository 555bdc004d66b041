// What a cohort's mentors do: create it, move its due dates, add mentors, invite learners, share or withdraw its join
// code, archive it, and see how its members are doing. A cohort is visible only to its own mentors: to anyone else
// it does not exist (404), so an outsider cannot learn that it does (decision 0038).
import { randomInt } from 'node:crypto';
import { Type } from 'typebox';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { CursorTimestamp, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/tokens.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import type { MailMessage } from '../mail/mail.templates.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import { inJoiningOrder, type CohortMembersRepository } from './cohort-members.repository.ts';
import { toCohort, toMemberProgress } from './cohort-view.ts';
import type { CohortsRepository } from './cohorts.repository.ts';
import type { MembersQuery, NewCohort, ScheduleChange } from './cohorts.schemas.ts';
import { initialSchedule, rescheduled } from './schedule.ts';

export const INVITE_DAYS = 14;
/** Letters and digits that cannot be mistaken for one another when read off a slide (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const newJoinCode = () => Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

const MembersCursor = Type.Object(
  { joinedAt: CursorTimestamp, userId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
/** Where a sorted or filtered list of members resumes. */
const OffsetCursor = Type.Object(
  { offset: Type.Integer({ minimum: 1, maximum: 1_000_000 }) },
  { additionalProperties: false },
);

export interface CohortsUnit {
  cohortsRepository: CohortsRepository;
  auditRepository: Pick<AuditRepository, 'record'>;
  sendMail: (message: MailMessage) => Promise<void>;
}

export interface CohortsServiceDeps {
  cohortsRepository: CohortsRepository;
  cohortMembersRepository: Pick<CohortMembersRepository, 'listProgress' | 'expectedPercent'>;
  transact: UnitOfWork<CohortsUnit>;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
  now?: () => Date;
}

export const notFound = (id: string) => new NotFoundError(`There is no cohort "${id}".`);
export const archived = () =>
  new ConflictError('This cohort is archived: its history can be read, but nothing in it changes any more.');

export const createCohortsService = ({
  cohortsRepository,
  cohortMembersRepository,
  transact,
  roadmapsService,
  now = () => new Date(),
}: CohortsServiceDeps) => {
  const today = () => now().toISOString().slice(0, 10);

  const read = async (repository: CohortsRepository, id: string, mentorId: string) => {
    const row = await repository.findMentoredCohort(id, mentorId);
    if (row === undefined) throw notFound(id);
    return toCohort(repository, row);
  };

  /** A change by one of the cohort's mentors, with its audit entry, refused (409) once the cohort is archived. */
  const change = <T>(
    id: string,
    actor: SignedInActor,
    work: (
      unit: CohortsUnit,
      cohort: { id: string; name: string; roadmapTitle: string; startDate: string },
    ) => Promise<T>,
  ) =>
    transact(async (unit) => {
      const cohort = await unit.cohortsRepository.findMentoredCohort(id, actor.userId, { forUpdate: true });
      if (cohort === undefined) throw notFound(id);
      if (cohort.archivedAt !== null) throw archived();
      return work(unit, cohort);
    });

  return {
    async create(body: NewCohort, actor: SignedInActor) {
      const { document } = await roadmapsService.getRoadmapDocument(body.roadmap).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error;
        throw new ValidationError(`There is no published roadmap "${body.roadmap}".`, [
          { in: 'body', pointer: '/roadmap', detail: 'is not a published roadmap' },
        ]);
      });
      const stages = initialSchedule(document, body.hoursPerWeek, body.startDate);
      return transact(async (unit) => {
        const id = await unit.cohortsRepository.insertCohort({
          roadmapSlug: body.roadmap,
          name: body.name,
          startDate: body.startDate,
          hoursPerWeek: body.hoursPerWeek,
          createdBy: actor.userId,
        });
        await unit.cohortsRepository.insertStages(id, stages);
        await unit.cohortsRepository.addMentor(id, actor.userId, actor.userId);
        await unit.auditRepository.record(auditOf(actor, 'cohort.created', { cohort: id, roadmap: body.roadmap }));
        return read(unit.cohortsRepository, id, actor.userId);
      });
    },

    async list(actor: SignedInActor) {
      const ids = await cohortsRepository.listMentoredCohortIds(actor.userId);
      return { items: await Promise.all(ids.map((row) => read(cohortsRepository, row.id, actor.userId))) };
    },

    get: (id: string, actor: SignedInActor) => read(cohortsRepository, id, actor.userId),

    /** Moves the due dates of some stages; the others keep theirs, and all must stay in order. */
    changeSchedule: (id: string, body: ScheduleChange, actor: SignedInActor) =>
      change(id, actor, async (unit, cohort) => {
        const stages = await unit.cohortsRepository.listStages(id);
        const next = rescheduled(stages, body, cohort.startDate);
        for (const [position, stage] of next.entries()) {
          if (stage.dueOn !== stages[position]!.dueOn) {
            await unit.cohortsRepository.setStageDueOn(id, position, stage.dueOn);
          }
        }
        await unit.auditRepository.record(
          auditOf(actor, 'cohort.schedule_changed', { cohort: id, stages: body.stages.map((entry) => entry.month) }),
        );
        return read(unit.cohortsRepository, id, actor.userId);
      }),

    /** Adds an account with the mentor (or admin) role as another mentor of the cohort. */
    addMentor: (id: string, email: string, actor: SignedInActor) =>
      change(id, actor, async (unit) => {
        const mentor = await unit.cohortsRepository.findMentorByEmail(email);
        if (mentor === undefined) {
          throw new ValidationError('Only an account with the mentor or admin role can mentor a cohort.', [
            { in: 'body', pointer: '/email', detail: 'is not the address of a mentor or admin account' },
          ]);
        }
        if (await unit.cohortsRepository.addMentor(id, mentor.id, actor.userId)) {
          await unit.auditRepository.record({
            ...auditOf(actor, 'cohort.mentor_added', { cohort: id }),
            subjectId: mentor.id,
          });
        }
        return read(unit.cohortsRepository, id, actor.userId);
      }),

    /** Mails each address its own single-use link, valid for INVITE_DAYS; only the token's hash is kept. */
    invite: (id: string, emails: string[], actor: SignedInActor) =>
      change(id, actor, async (unit, cohort) => {
        const expiresAt = new Date(now().getTime() + INVITE_DAYS * 86_400_000);
        for (const email of emails) {
          const token = newOpaqueToken();
          await unit.cohortsRepository.insertInvite({
            cohortId: id,
            email,
            tokenHash: hashOpaqueToken(token),
            invitedBy: actor.userId,
            expiresAt,
          });
          await unit.sendMail({
            template: 'cohort-invite',
            to: email,
            cohortName: cohort.name,
            roadmapTitle: cohort.roadmapTitle,
            token,
            days: INVITE_DAYS,
          });
        }
        await unit.auditRepository.record(auditOf(actor, 'cohort.invited', { cohort: id, invites: emails.length }));
        return { invited: emails.length, expiresAt: expiresAt.toISOString() };
      }),

    /** A new join code (the old one stops working), or none: joining by code is then turned off. */
    setJoinCode: (id: string, enabled: boolean, actor: SignedInActor) =>
      change(id, actor, async (unit) => {
        const joinCode = enabled ? newJoinCode() : null;
        await unit.cohortsRepository.setJoinCode(id, joinCode);
        await unit.auditRepository.record(auditOf(actor, 'cohort.join_code_changed', { cohort: id, enabled }));
        return { joinCode };
      }),

    archive: (id: string, actor: SignedInActor) =>
      change(id, actor, async (unit) => {
        await unit.cohortsRepository.archive(id);
        await unit.auditRepository.record(auditOf(actor, 'cohort.archived', { cohort: id }));
        return read(unit.cohortsRepository, id, actor.userId);
      }),

    /** Current members' progress on the cohort's roadmap against its schedule, filtered and sorted, a page at a time. */
    async members(id: string, actor: SignedInActor, query: MembersQuery) {
      const cohort = await cohortsRepository.findMentoredCohort(id, actor.userId);
      if (cohort === undefined) throw notFound(id);
      const { limit = 100, cursor, ...view } = query;
      const on = today();
      const keyset = inJoiningOrder(view);
      const position = resumeFrom(cursor, keyset ? MembersCursor : OffsetCursor);
      const offset = position !== undefined && 'offset' in position ? position.offset : 0;
      const [rows, expectedPercent] = await Promise.all([
        cohortMembersRepository.listProgress({
          cohortId: id,
          roadmapSlug: cohort.roadmapSlug,
          today: on,
          after: position !== undefined && 'userId' in position ? position : undefined,
          view: { ...view, offset },
          limit: rowsForPage(limit),
        }),
        cohortMembersRepository.expectedPercent(id, on),
      ]);
      const page = pageOf(rows, limit, (last) =>
        keyset ? { joinedAt: last.joinedAtText, userId: last.userId } : { offset: offset + limit },
      );
      return {
        today: on,
        expectedPercent,
        items: page.items.map(toMemberProgress),
        nextCursor: page.nextCursor,
      };
    },
  };
};

export type CohortsService = ReturnType<typeof createCohortsService>;
