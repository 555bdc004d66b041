// A draft's review thread: every comment, request for changes and approval, oldest first, with who said it and when;
// and, while the draft is in review, the form to say something, ask for changes or approve. The editor who started
// the draft is told why there is no Approve button for them.
import { useRef, useState, type FormEvent } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { announce } from '../ui/announcer';
import { FormError, TextAreaField, useSubmit } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';

type Thread = Ok<'/v1/drafts/{id}/reviews'>;
type Review = Thread['items'][number];
type Kind = Review['kind'];

const KIND_WORDS: Record<Kind, string> = {
  comment: 'commented',
  changes_requested: 'asked for changes',
  approved: 'approved',
};

const AFTER: Record<Kind, string> = {
  comment: 'Your comment is in the thread.',
  changes_requested: 'The draft is back with its editors, with your request.',
  approved: 'You approved the draft; it can be published.',
};

const ReviewEntry = ({ review }: { review: Review }) => {
  const { dateTime } = useLearnerTime();
  return (
    <li className={`review-entry review-${review.kind}`}>
      <p className="review-meta">
        <strong>{review.author?.name ?? 'A removed account'}</strong> {KIND_WORDS[review.kind]}
        <span className="muted">
          {' '}
          · <time dateTime={review.createdAt}>{dateTime(review.createdAt)}</time> · revision {review.draftRevision}
        </span>
      </p>
      {review.body !== '' && <p className="review-body">{review.body}</p>}
    </li>
  );
};

const ReviewForm = ({
  draftId,
  youMayApprove,
  onReviewed,
}: {
  draftId: string;
  youMayApprove: boolean;
  onReviewed: () => void;
}) => {
  const [body, setBody] = useState('');
  const kind = useRef<Kind>('comment');
  const submit = useSubmit(async () => {
    await call(
      api.POST('/v1/drafts/{id}/reviews', { params: { path: { id: draftId } }, body: { kind: kind.current, body } }),
    );
    setBody('');
    announce(AFTER[kind.current]);
    onReviewed();
  });
  // Three buttons send the one form; the one pressed says what kind of review it is.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    kind.current = (submitter?.value as Kind | undefined) ?? 'comment';
    submit.onSubmit(event);
  };
  return (
    <form className="review-form" onSubmit={onSubmit} noValidate>
      <FormError error={submit.error} />
      <TextAreaField
        label="Your review"
        hint="A comment needs words; asking for changes or approving may say why."
        rows={4}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={submit.fieldError('/body')}
      />
      <div className="review-actions">
        <button type="submit" name="kind" value="comment" disabled={submit.busy}>
          Comment
        </button>
        <button type="submit" name="kind" value="changes_requested" className="button secondary" disabled={submit.busy}>
          Ask for changes
        </button>
        {youMayApprove && (
          <button type="submit" name="kind" value="approved" className="button secondary" disabled={submit.busy}>
            Approve
          </button>
        )}
      </div>
      {!youMayApprove && (
        <p className="hint">
          You started this draft, so another editor approves it: there is no Approve button for you.
        </p>
      )}
    </form>
  );
};

export const ReviewThread = ({
  draftId,
  thread,
  closed,
  onReviewed,
}: {
  draftId: string;
  thread: Thread;
  /** Why the draft takes no review now (it is not in review); undefined while it is. */
  closed: string | undefined;
  onReviewed: () => void;
}) => (
  <section className="review-thread" aria-labelledby="review-thread-title">
    <h2 id="review-thread-title">Review</h2>
    {thread.items.length === 0 ? (
      <p className="muted">No one has reviewed this draft yet.</p>
    ) : (
      <ol className="review-entries">
        {thread.items.map((review) => (
          <ReviewEntry key={review.id} review={review} />
        ))}
      </ol>
    )}
    {closed === undefined ? (
      <ReviewForm draftId={draftId} youMayApprove={thread.youMayApprove} onReviewed={onReviewed} />
    ) : (
      <p className="hint">{closed}</p>
    )}
  </section>
);
