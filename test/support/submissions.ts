// Calling the submissions API for the tests of project submissions (test/integration/submissions*.test.ts), and
// reading what the database holds about them.
import { expect } from 'vitest';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import type { Submission } from '../../src/modules/submissions/submissions.schemas.ts';
import { cohortsClient, ROADMAP } from './cohorts.ts';
import type { TestApp } from './harness.ts';

export const submissionsClient = (app: () => TestApp) => {
  const cohorts = cohortsClient(app);
  const { call } = cohorts;

  /** The ids of the roadmap's steps, in order. */
  const stepIds = async () => {
    const roadmap = (await app().app.inject(`/v1/roadmaps/${ROADMAP}`)).json<RoadmapDocument>();
    return roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
  };

  const submitPath = (stepId: string) => `/v1/me/roadmaps/${ROADMAP}/steps/${stepId}/submissions`;

  /** Submits a project as `token` (checked to be a 201). */
  const submit = async (token: string, stepId: string, body: Record<string, unknown> = {}) => {
    const response = await call('POST', submitPath(stepId), {
      token,
      body: { repositoryUrl: 'https://git.example.org/me/project', ...body },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Submission>();
  };

  const review = (token: string | undefined, id: string, body: unknown) =>
    call('POST', `/v1/submissions/${id}/reviews`, { token, body });

  /** Rows of the submissions' tables, their audit entries and mails: what a refused request must leave unchanged. */
  const written = async () => {
    const db = app().database.db;
    const [submissions, replies, audit, mails] = await Promise.all([
      db.selectFrom('projectSubmissions').selectAll().orderBy('id').execute(),
      db.selectFrom('submissionReplies').selectAll().orderBy('id').execute(),
      db
        .selectFrom('auditLog')
        .select(['id', 'action'])
        .where('action', 'like', 'submission.%')
        .orderBy('id')
        .execute(),
      db.selectFrom('mailOutbox').select('id').where('template', '=', 'submission-reply').orderBy('id').execute(),
    ]);
    return { submissions, replies, audit, mails };
  };

  /** The submission-reply mails queued for `email`. */
  const mailsTo = async (email: string) => {
    const rows = await app()
      .database.db.selectFrom('mailOutbox')
      .select('message')
      .where('template', '=', 'submission-reply')
      .orderBy('queuedAt')
      .execute();
    return rows
      .map((row) => row.message as { to: string; decision: string | null; body: string })
      .filter((m) => m.to === email);
  };

  return { ...cohorts, stepIds, submitPath, submit, review, written, mailsTo };
};
