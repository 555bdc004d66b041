// Project submissions (decision 0041): a learner submits the project of a step of a roadmap they follow in a cohort,
// a mentor of that cohort reviews it, both write in its thread, and a resubmission supersedes the one before without
// erasing it. For anyone but the learner and the mentors of a cohort they are in now, a submission does not exist
// (404, as a cohort in decision 0038). An archived cohort is read-only: its mentors may read, not write.
import { Type } from 'typebox';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { CursorTimestamp, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import type { MailMessage } from '../mail/mail.templates.ts';
import { toSubmission } from './submission-view.ts';
import type { SubmissionRow, SubmissionsRepository } from './submissions.repository.ts';
import type { NewReview, NewSubmission, QueueQuery, QueuedSubmission } from './submissions.schemas.ts';

const QueueCursor = Type.Object(
  { submittedAt: CursorTimestamp, id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export interface SubmissionsUnit {
  submissionsRepository: SubmissionsRepository;
  auditRepository: Pick<AuditRepository, 'record'>;
  sendMail: (message: MailMessage) => Promise<void>;
}

export interface SubmissionsServiceDeps {
  submissionsRepository: SubmissionsRepository;
  /** Only a mentor of the cohort reads its queue (cohorts.repository.ts findMentoredCohort). */
  findMentoredCohort: (cohortId: string, mentorId: string) => Promise<{ id: string; roadmapSlug: string } | undefined>;
  transact: UnitOfWork<SubmissionsUnit>;
}

const noSuchSubmission = (id: string) => new NotFoundError(`There is no submission "${id}".`);
const noSuchStep = (slug: string, stepId: string) =>
  new NotFoundError(`Roadmap "${slug}" has no step "${stepId}" to submit a project for.`);
const readOnly = () =>
  new ConflictError('The cohort is archived: its history stays as it is, and nothing more can be written in it.');
const notInACohort = (slug: string) =>
  new ConflictError(
    `You are in no cohort on "${slug}" that is still running, so no mentor would review it. Join a cohort first.`,
  );
const commentRequired = () =>
  new ValidationError('Say what should change.', [
    { in: 'body', pointer: '/comment', detail: 'is required when asking for changes' },
  ]);

type Cohorts = Awaited<ReturnType<SubmissionsRepository['listCohortsOfLearner']>>;
const running = (cohorts: Cohorts) => cohorts.filter((cohort) => cohort.archivedAt === null);

export const createSubmissionsService = ({
  submissionsRepository,
  findMentoredCohort,
  transact,
}: SubmissionsServiceDeps) => {
  const withReplies = async (repository: SubmissionsRepository, row: SubmissionRow) =>
    toSubmission(row, await repository.listReplies([row.id]));

  /**
   * Who the caller is to a submission: its learner, a mentor through the running cohorts that make them one (none
   * running: read-only), or nobody (then it does not exist for them).
   */
  const relationTo = async (repository: SubmissionsRepository, row: SubmissionRow, userId: string) => {
    if (row.userId === userId) {
      return {
        as: 'learner' as const,
        cohorts: running(await repository.listCohortsOfLearner(userId, row.roadmapSlug)),
      };
    }
    const cohorts = await repository.listCohortsMentoring(userId, row.userId, row.roadmapSlug);
    if (cohorts.length === 0) throw noSuchSubmission(row.id);
    return { as: 'mentor' as const, cohorts: running(cohorts) };
  };

  /** Mails the learner what a mentor wrote: their thread on the step page shows it too. */
  const tellLearner = async (
    unit: SubmissionsUnit,
    row: SubmissionRow,
    mentorId: string,
    reply: { cohortName: string; decision: NewReview['decision'] | null; body: string },
  ) =>
    unit.sendMail({
      template: 'submission-reply',
      to: row.learnerEmail,
      displayName: row.learnerName,
      mentorName: (await unit.submissionsRepository.findDisplayName(mentorId)) ?? 'A mentor',
      roadmapSlug: row.roadmapSlug,
      roadmapTitle: row.roadmapTitle,
      stepId: row.stepId,
      stepTitle: row.stepTitle,
      ...reply,
    });

  return {
    /** A new submission for the step; the learner's one before it, if any, becomes history. */
    submit: (slug: string, stepId: string, body: NewSubmission, actor: SignedInActor) =>
      transact(async ({ submissionsRepository: repository, auditRepository }) => {
        if ((await repository.findLiveStep(slug, stepId)) === undefined) throw noSuchStep(slug, stepId);
        if (running(await repository.listCohortsOfLearner(actor.userId, slug)).length === 0) throw notInACohort(slug);
        const superseded = await repository.supersedeCurrent(actor.userId, slug, stepId);
        const id = await repository.insertSubmission({
          userId: actor.userId,
          roadmapSlug: slug,
          stepId,
          repositoryUrl: body.repositoryUrl,
          deployedUrl: body.deployedUrl ?? null,
          notes: body.notes ?? '',
        });
        if (id === undefined) throw new ConflictError('Another submission for this step was just made. Reload it.');
        await auditRepository.record(
          auditOf(actor, 'submission.submitted', { submission: id, roadmap: slug, step: stepId, superseded }),
        );
        return withReplies(repository, (await repository.findSubmission(id))!);
      }),

    /** The learner's thread on a step: every submission, newest first, with its replies; and who reviews. */
    async threadOf(userId: string, slug: string, stepId: string) {
      if ((await submissionsRepository.findLiveStep(slug, stepId)) === undefined) throw noSuchStep(slug, stepId);
      const [cohorts, rows] = await Promise.all([
        submissionsRepository.listCohortsOfLearner(userId, slug),
        submissionsRepository.listSubmissionsOf(userId, slug, stepId),
      ]);
      const replies = await submissionsRepository.listReplies(rows.map((row) => row.id));
      return {
        cohorts: running(cohorts).map(({ id, name }) => ({ id, name })),
        items: rows.map((row) => toSubmission(row, replies)),
      };
    },

    async get(id: string, userId: string) {
      const row = await submissionsRepository.findSubmission(id);
      if (row === undefined) throw noSuchSubmission(id);
      await relationTo(submissionsRepository, row, userId);
      return withReplies(submissionsRepository, row);
    },

    /** A mentor's decision, with its comment; the learner is mailed. Only the current, waiting submission takes one. */
    review: (id: string, body: NewReview, actor: SignedInActor) =>
      transact(async (unit) => {
        const repository = unit.submissionsRepository;
        const row = await repository.findSubmission(id, { forUpdate: true });
        if (row === undefined || row.userId === actor.userId) throw noSuchSubmission(id);
        const { cohorts } = await relationTo(repository, row, actor.userId);
        const [cohort] = cohorts;
        if (cohort === undefined) throw readOnly();
        if (row.supersededAt !== null) {
          throw new ConflictError('The learner has submitted this step again since: review the newer submission.');
        }
        if (row.status !== 'waiting') throw new ConflictError('This submission has been reviewed already.');
        const comment = body.comment?.trim() ?? '';
        if (body.decision === 'changes_requested' && comment === '') throw commentRequired();
        await repository.decide(id, body.decision);
        const reply = await repository.insertReply({
          submissionId: id,
          authorId: actor.userId,
          authorRole: 'mentor',
          cohortId: cohort.id,
          decision: body.decision,
          body: comment,
        });
        await unit.auditRepository.record({
          ...auditOf(actor, 'submission.reviewed', {
            submission: id,
            cohort: cohort.id,
            decision: body.decision,
            reply,
          }),
          subjectId: row.userId,
        });
        await tellLearner(unit, row, actor.userId, { cohortName: cohort.name, decision: body.decision, body: comment });
        return withReplies(repository, (await repository.findSubmission(id))!);
      }),

    /** A comment in the thread, by its learner or a mentor who may review it; a mentor's is mailed to the learner. */
    comment: (id: string, body: string, actor: SignedInActor) =>
      transact(async (unit) => {
        const repository = unit.submissionsRepository;
        const row = await repository.findSubmission(id);
        if (row === undefined) throw noSuchSubmission(id);
        const relation = await relationTo(repository, row, actor.userId);
        const [cohort] = relation.cohorts;
        if (cohort === undefined) throw relation.as === 'learner' ? notInACohort(row.roadmapSlug) : readOnly();
        const reply = await repository.insertReply({
          submissionId: id,
          authorId: actor.userId,
          authorRole: relation.as,
          cohortId: relation.as === 'mentor' ? cohort.id : null,
          decision: null,
          body,
        });
        await unit.auditRepository.record({
          ...auditOf(actor, 'submission.commented', { submission: id, reply, as: relation.as }),
          subjectId: row.userId,
        });
        if (relation.as === 'mentor') {
          await tellLearner(unit, row, actor.userId, { cohortName: cohort.name, decision: null, body });
        }
        return withReplies(repository, row);
      }),

    /** The cohort's review queue, a page at a time, the submission waiting longest first. */
    async queue(cohortId: string, mentorId: string, query: QueueQuery) {
      const cohort = await findMentoredCohort(cohortId, mentorId);
      if (cohort === undefined) throw new NotFoundError(`There is no cohort "${cohortId}".`);
      const status = query.status ?? 'waiting';
      const limit = query.limit ?? 50;
      const [rows, total] = await Promise.all([
        submissionsRepository.listQueue({
          cohortId,
          roadmapSlug: cohort.roadmapSlug,
          status,
          after: resumeFrom(query.cursor, QueueCursor),
          limit: rowsForPage(limit),
        }),
        submissionsRepository.countQueue(cohortId, cohort.roadmapSlug, status),
      ]);
      const page = pageOf(rows, limit, (last) => ({ submittedAt: last.createdAtText, id: last.id }));
      return {
        total,
        items: page.items.map((row): QueuedSubmission => ({
          id: row.id,
          learner: { id: row.userId, displayName: row.learnerName },
          step: { id: row.stepId, title: row.stepTitle },
          status: row.status,
          submittedAt: row.createdAt.toISOString(),
          reviewedAt: row.reviewedAt?.toISOString() ?? null,
          waitedMinutes: row.waitedMinutes,
          resubmission: row.resubmission === true,
        })),
        nextCursor: page.nextCursor,
      };
    },
  };
};

export type SubmissionsService = ReturnType<typeof createSubmissionsService>;
