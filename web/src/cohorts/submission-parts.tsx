// A project submission as both sides read it (decision 0041): where the code is and where it runs, the learner's
// notes, its status, and its thread of reviews and comments; and the form to write in that thread.
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { announce } from '../ui/announcer';
import { FormError, TextAreaField, useSubmit } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';
import { Markdown } from '../ui/Markdown';
// The facts of a submission are laid out as a cohort's are (cohorts.css), on the step page too.
import '../styles/cohorts.css';
import '../styles/review.css';
import '../styles/submissions.css';

export type Submission = Ok<'/v1/submissions/{id}'>;
type Reply = Submission['replies'][number];
export type SubmissionStatus = Submission['status'];

export const STATUS_WORDS: Record<SubmissionStatus, string> = {
  waiting: 'Waiting for a review',
  approved: 'Approved',
  changes_requested: 'Changes asked for',
};
const STATUS_BADGES: Record<SubmissionStatus, string> = {
  waiting: 'badge',
  approved: 'badge badge-done',
  changes_requested: 'badge badge-warning',
};

export const StatusBadge = ({ submission }: { submission: Pick<Submission, 'status' | 'supersededAt'> }) =>
  submission.supersededAt === null ? (
    <span className={STATUS_BADGES[submission.status]}>{STATUS_WORDS[submission.status]}</span>
  ) : (
    <span className="badge">Submitted again since</span>
  );

/** "under an hour", "5 hours", "3 days": how long a submission waited, in the unit a person would use. */
export const waitedWords = (minutes: number) => {
  if (minutes < 60) return 'under an hour';
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
};

/** A learner's address, as a link that gives the site it leads to nothing of Waymark's. */
const OutsideLink = ({ href }: { href: string }) => (
  <a href={href} rel="noopener noreferrer nofollow ugc" className="submission-url">
    {href}
  </a>
);

export const SubmissionDetails = ({ submission }: { submission: Submission }) => {
  const { dateTime } = useLearnerTime();
  return (
    <dl className="cohort-facts">
      <dt>Code</dt>
      <dd>
        <OutsideLink href={submission.repositoryUrl} />
      </dd>
      <dt>Running at</dt>
      <dd>{submission.deployedUrl === null ? 'Not given' : <OutsideLink href={submission.deployedUrl} />}</dd>
      <dt>Submitted</dt>
      <dd>
        <time dateTime={submission.submittedAt}>{dateTime(submission.submittedAt)}</time>
      </dd>
      <dt>Notes</dt>
      <dd className="submission-notes">
        {submission.notes === '' ? 'None' : <Markdown source={submission.notes} headingLevel={4} />}
      </dd>
    </dl>
  );
};

const SAID: Record<NonNullable<Reply['decision']> | 'comment', string> = {
  approved: 'approved it',
  changes_requested: 'asked for changes',
  comment: 'wrote',
};

const ReplyEntry = ({ reply }: { reply: Reply }) => {
  const { dateTime } = useLearnerTime();
  return (
    <li className={`review-entry review-${reply.decision ?? 'comment'}`}>
      <p className="review-meta">
        <strong>{reply.author.displayName ?? 'A removed account'}</strong>
        {reply.role === 'mentor' ? ' (mentor)' : ''} {SAID[reply.decision ?? 'comment']}
        <span className="muted">
          {' '}
          · <time dateTime={reply.createdAt}>{dateTime(reply.createdAt)}</time>
        </span>
      </p>
      {reply.body !== '' && (
        <div className="submission-reply-body">
          <Markdown source={reply.body} headingLevel={4} />
        </div>
      )}
    </li>
  );
};

export const Replies = ({ submission }: { submission: Submission }) =>
  submission.replies.length === 0 ? (
    <p className="muted">No reviews or comments yet.</p>
  ) : (
    <ol className="review-entries">
      {submission.replies.map((reply) => (
        <ReplyEntry key={reply.id} reply={reply} />
      ))}
    </ol>
  );

/** A comment in a submission's thread, by its learner or one of its mentors. */
export const CommentForm = ({
  submissionId,
  label,
  onSaved,
}: {
  submissionId: string;
  label: string;
  onSaved: (submission: Submission) => void;
}) => {
  const [body, setBody] = useState('');
  const submit = useSubmit(async () => {
    const saved = await call(
      api.POST('/v1/submissions/{id}/comments', { params: { path: { id: submissionId } }, body: { body } }),
    );
    setBody('');
    announce('Your comment is in the thread.');
    onSaved(saved);
  });
  return (
    <form className="review-form" onSubmit={submit.onSubmit} noValidate>
      <FormError error={submit.error} />
      <TextAreaField
        label={label}
        hint="Markdown works: **bold**, *italics*, `code`, [links](https://example.org)."
        rows={3}
        maxLength={5000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={submit.fieldError('/body')}
      />
      <button type="submit" className="secondary" disabled={submit.busy}>
        {submit.busy ? 'Sending…' : 'Add the comment'}
      </button>
    </form>
  );
};
