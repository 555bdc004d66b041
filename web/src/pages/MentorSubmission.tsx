// One submission as a mentor reviews it: what the learner handed in, the thread so far, and — while it is the
// learner's current submission and waits — approving it or asking for changes with a comment. Comments go in the
// thread at any time. The learner reads everything on their step page and gets each review by mail.
import { useRef, useState, type FormEvent } from 'react';
import { api, call } from '../api/client';
import { MentorPage } from '../cohorts/MentorPage';
import { CommentForm, Replies, StatusBadge, SubmissionDetails, type Submission } from '../cohorts/submission-parts';
import { Link, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { FormError, TextAreaField, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';
import '../styles/editor.css';
import '../styles/cohorts.css';

type Decision = 'approved' | 'changes_requested';
const AFTER: Record<Decision, string> = {
  approved: 'You approved the project; the learner is told.',
  changes_requested: 'You asked for changes; the learner is told.',
};

const ReviewForm = ({ submission, onReviewed }: { submission: Submission; onReviewed: (s: Submission) => void }) => {
  const [comment, setComment] = useState('');
  const decision = useRef<Decision>('approved');
  const submit = useSubmit(async () => {
    const reviewed = await call(
      api.POST('/v1/submissions/{id}/reviews', {
        params: { path: { id: submission.id } },
        body: { decision: decision.current, ...(comment.trim() === '' ? {} : { comment }) },
      }),
    );
    setComment('');
    announce(AFTER[decision.current]);
    onReviewed(reviewed);
  });
  // Two buttons send the one form; the one pressed is the decision.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    decision.current = (submitter?.value as Decision | undefined) ?? 'approved';
    submit.onSubmit(event);
  };
  return (
    <form className="review-form" onSubmit={onSubmit} noValidate aria-labelledby="review-title">
      <h2 id="review-title">Your review</h2>
      <FormError error={submit.error} />
      <TextAreaField
        label="Comment for the learner"
        hint="Needed when you ask for changes: say what to change. Markdown works."
        rows={5}
        maxLength={5000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={submit.fieldError('/comment')}
      />
      <div className="review-actions">
        <button type="submit" name="decision" value="approved" disabled={submit.busy}>
          Approve
        </button>
        <button type="submit" name="decision" value="changes_requested" className="secondary" disabled={submit.busy}>
          Ask for changes
        </button>
      </div>
    </form>
  );
};

const whyNoReview = (submission: Submission) => {
  if (submission.supersededAt !== null)
    return 'The learner has submitted this step again since: their newer submission is in the review queue.';
  if (submission.status !== 'waiting') return 'This submission is reviewed. The learner can submit again.';
  return undefined;
};

const SubmissionReview = ({ initial }: { initial: Submission }) => {
  const [submission, setSubmission] = useState(initial);
  const closed = whyNoReview(submission);
  return (
    <>
      <p>
        <StatusBadge submission={submission} /> {submission.learner.displayName}’s project for{' '}
        <Link href={`/roadmaps/${submission.roadmap.slug}/steps/${submission.step.id}`}>{submission.step.title}</Link> (
        {submission.roadmap.title})
      </p>
      <SubmissionDetails submission={submission} />
      <section className="review-thread" aria-labelledby="thread-title">
        <h2 id="thread-title">Reviews and comments</h2>
        <Replies submission={submission} />
      </section>
      {closed === undefined ? (
        <ReviewForm submission={submission} onReviewed={setSubmission} />
      ) : (
        <p className="hint">{closed}</p>
      )}
      <section aria-labelledby="comment-title">
        <h2 id="comment-title">{closed === undefined ? 'Or comment without a decision' : 'Add a comment'}</h2>
        <CommentForm submissionId={submission.id} label="Your comment" onSaved={setSubmission} />
      </section>
    </>
  );
};

export const MentorSubmission = ({ id }: { id: string }) => {
  const { query } = useLocation();
  const cohort = query.get('cohort');
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/submissions/{id}', { params: { path: { id } } })),
    [id],
  );
  const title =
    resource.status === 'ready'
      ? `Review: ${resource.data.step.title}, by ${resource.data.learner.displayName}`
      : 'Review';
  usePageTitle(title);
  return (
    <MentorPage title={title}>
      {() => (
        <>
          <p>
            {cohort === null ? (
              <Link href="/mentor/cohorts">All the cohorts you mentor</Link>
            ) : (
              <Link href={`/mentor/cohorts/${encodeURIComponent(cohort)}/reviews`}>Back to the projects to review</Link>
            )}
          </p>
          <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the project…" />}>
            {(submission) => <SubmissionReview key={submission.id} initial={submission} />}
          </Show>
        </>
      )}
    </MentorPage>
  );
};
