// One reader's comment in the editors' inbox, with what an editor can do about it.
import { useState } from 'react';
import { api, call } from '../api/client';
import { messageOf } from '../api/errors';
import type { Ok } from '../api/types';
import { Named } from '../editor';
import { REASON_LABELS, type Reason } from '../feedback';
import { targetLabel } from '../sections';
import { announce } from '../ui/announcer';
import { FormError, TextAreaField, useSubmit } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';
import { ErrorMessage } from '../ui/states';

export type Comment = Ok<'/v1/feedback/comments'>['items'][number];
export type CommentState = Comment['state'];

export const STATE_LABELS: Record<CommentState, string> = {
  new: 'New',
  quarantined: 'Quarantined',
  approved: 'Approved',
  addressed: 'Addressed',
  hidden: 'Hidden',
};
const AddressForm = ({ comment, onDone }: { comment: Comment; onDone: (comment: Comment) => void }) => {
  const [replyNote, setReplyNote] = useState(comment.replyNote ?? '');
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    onDone(
      await call(
        api.POST('/v1/feedback/comments/{id}/address', { params: { path: { id: comment.id } }, body: { replyNote } }),
      ),
    );
  });
  return (
    <form onSubmit={onSubmit} className="address-form" noValidate>
      <FormError error={error} />
      <TextAreaField
        label="What was done about it"
        rows={3}
        maxLength={2000}
        value={replyNote}
        error={fieldError('/replyNote')}
        onChange={(event) => setReplyNote(event.target.value)}
      />
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Mark addressed'}
      </button>
    </form>
  );
};

export const CommentCard = ({
  comment,
  onChanged,
  onDeleted,
}: {
  comment: Comment;
  onChanged: (comment: Comment, message: string) => void;
  onDeleted: (comment: Comment) => void;
}) => {
  const { dateTime } = useLearnerTime();
  const [addressing, setAddressing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const headingId = `comment-${comment.id}`;
  const path = { params: { path: { id: comment.id } } };
  const act = (pending: () => Promise<unknown>, done: () => void) => {
    setBusy(true);
    setError(undefined);
    pending().then(
      () => {
        setBusy(false);
        done();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
        announce(messageOf(failure));
      },
    );
  };
  const moderate = (action: 'approve' | 'hide') =>
    act(
      async () => {
        const changed = await call(
          action === 'approve'
            ? api.POST('/v1/feedback/comments/{id}/approve', path)
            : api.POST('/v1/feedback/comments/{id}/hide', path),
        );
        onChanged(changed, action === 'approve' ? 'Comment approved' : 'Comment hidden');
      },
      () => undefined,
    );
  const remove = () =>
    act(
      () => call(api.DELETE('/v1/feedback/comments/{id}', path)),
      () => onDeleted(comment),
    );

  return (
    <li>
      <article className="card comment" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {comment.helpful ? 'Helpful' : 'Not helpful'}:{' '}
          {comment.about.removed
            ? comment.about.title
            : targetLabel(comment.target, { [comment.target]: comment.about.title })}
        </h3>
        <p>
          About <Named named={comment.about} />
          {comment.about.kind !== 'roadmap' && (
            <>
              {' '}
              in <Named named={comment.about.roadmap} />
            </>
          )}
        </p>
        <p className="muted">
          <time dateTime={comment.createdAt}>{dateTime(comment.createdAt)}</time> ·{' '}
          {comment.signedIn ? 'signed in' : 'visitor'} ·{' '}
          <span className={`badge state-${comment.state}`}>{STATE_LABELS[comment.state]}</span>
          {comment.moderatedBy !== null && ` by ${comment.moderatedBy}`}
        </p>
        {comment.reasons.length > 0 && (
          <p>
            <strong>Reasons: </strong>
            {comment.reasons.map((reason) => REASON_LABELS[reason as Reason] ?? reason).join(', ')}
          </p>
        )}
        <blockquote className="comment-body">{comment.body}</blockquote>
        {comment.spamScore > 0 && (
          <p className="muted">
            Spam score {comment.spamScore}
            {comment.spamSignals.length > 0 && `: ${comment.spamSignals.join(', ')}`}
          </p>
        )}
        {comment.replyNote && (
          <p>
            <strong>Done about it: </strong>
            {comment.replyNote}
          </p>
        )}
        <div className="comment-actions">
          {comment.state !== 'approved' && (
            <button type="button" className="secondary" disabled={busy} onClick={() => moderate('approve')}>
              Approve
            </button>
          )}
          {comment.state !== 'hidden' && (
            <button type="button" className="secondary" disabled={busy} onClick={() => moderate('hide')}>
              Hide
            </button>
          )}
          <button
            type="button"
            className="secondary"
            aria-expanded={addressing}
            disabled={busy}
            onClick={() => setAddressing(!addressing)}
          >
            Address…
          </button>
          {confirmingDelete ? (
            <>
              <button type="button" className="danger" disabled={busy} onClick={remove}>
                Delete for good
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmingDelete(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirmingDelete(true)}>
              Delete…
            </button>
          )}
        </div>
        {addressing && (
          <AddressForm
            comment={comment}
            onDone={(changed) => {
              setAddressing(false);
              onChanged(changed, 'Comment marked addressed');
            }}
          />
        )}
        {error !== undefined && <ErrorMessage error={error} />}
      </article>
    </li>
  );
};
