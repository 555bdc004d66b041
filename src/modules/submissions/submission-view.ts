// A submission and its thread as the API answers them, built from their rows.
import type { ReplyRow, SubmissionRow } from './submissions.repository.ts';
import type { Submission, SubmissionReply } from './submissions.schemas.ts';

const toReply = (row: ReplyRow): SubmissionReply => ({
  id: row.id,
  author: { id: row.authorId, displayName: row.authorName },
  role: row.role,
  decision: row.decision,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
});

export const toSubmission = (row: SubmissionRow, replies: readonly ReplyRow[]): Submission => ({
  id: row.id,
  roadmap: { slug: row.roadmapSlug, title: row.roadmapTitle },
  step: { id: row.stepId, title: row.stepTitle },
  learner: { id: row.userId, displayName: row.learnerName },
  repositoryUrl: row.repositoryUrl,
  deployedUrl: row.deployedUrl,
  notes: row.notes,
  status: row.status,
  submittedAt: row.createdAt.toISOString(),
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
  supersededAt: row.supersededAt?.toISOString() ?? null,
  replies: replies.filter((reply) => reply.submissionId === row.id).map(toReply),
});
