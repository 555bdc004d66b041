// A draft's review page (/studio/drafts/:id/review): where it stands, what publishing it would change (the published
// roadmap beside the draft, as the changelog shows versions), the review thread, and the next move: submit a draft
// being written, or publish an approved one (PublishDialog).
import '../styles/review.css';
import { useEffect, useRef, useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { Ok } from '../api/types';
import { allowed, EditorPage } from '../editor';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { FormError, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';
import { DiffView } from './DiffView';
import { PublishDialog, type Published } from './PublishDialog';
import { ReviewThread } from './ReviewThread';

type Draft = Ok<'/v1/drafts/{id}'>;

const STATUS_WORDS: Record<Draft['status'], string> = {
  draft: 'Being written',
  in_review: 'In review',
  approved: 'Approved: ready to publish',
  published: 'Published',
  discarded: 'Discarded',
};

const CLOSED: Partial<Record<Draft['status'], string>> = {
  draft: 'Reviews are for a draft in review: submit it first.',
  approved: 'The draft is approved; a change to it sends it back to its editors.',
  published: 'The draft is published; its review is over.',
  discarded: 'The draft was discarded; its review is over.',
};

const SubmitForReview = ({ draft, onSubmitted }: { draft: Draft; onSubmitted: () => void }) => {
  const { onSubmit, busy, error } = useSubmit(async () => {
    await call(
      api.POST('/v1/drafts/{id}/submit', { params: { path: { id: draft.id }, header: { 'if-match': draft.etag } } }),
    );
    announce('Submitted: the draft is in review.');
    onSubmitted();
  });
  return (
    <form onSubmit={onSubmit} className="review-next">
      <FormError error={error} />
      <p>When it is ready, ask the other editors to read it.</p>
      <button type="submit" disabled={busy}>
        {busy ? 'Submitting…' : 'Submit for review'}
      </button>
    </form>
  );
};

const ReviewContent = ({ id }: { id: string }) => {
  const session = useSession();
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<Published>();
  const { resource, reload } = useResource(
    () =>
      Promise.all([
        call(api.GET('/v1/drafts/{id}', { params: { path: { id } } })),
        call(api.GET('/v1/drafts/{id}/diff', { params: { path: { id } } })),
        call(api.GET('/v1/drafts/{id}/reviews', { params: { path: { id } } })),
      ]),
    [id],
  );
  usePageTitle(resource.status === 'ready' ? `Review of a draft of ${resource.data[0].document.title}` : 'Review');
  const mayPublish = allowed(session, 'drafts:publish');
  // After a submit or a review the button pressed may be gone (an approved draft takes no more reviews): focus moves
  // to the status it changed, once the draft is read again.
  const status = useRef<HTMLParagraphElement>(null);
  const [moved, setMoved] = useState(false);
  const changed = () => {
    setMoved(true);
    reload();
  };
  useEffect(() => {
    if (!moved || resource.status !== 'ready') return;
    setMoved(false);
    status.current?.focus();
  }, [resource]);
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the draft…" />}>
      {([draft, diff, thread]) => (
        <>
          <p className="lead">
            {draft.document.title} <span className="muted">({draft.roadmap.slug})</span>, started by{' '}
            {draft.author?.name ?? 'a removed account'}.
          </p>
          <p className="review-status" ref={status} tabIndex={-1}>
            <span className="badge">{STATUS_WORDS[draft.status]}</span> Revision {draft.revision}
          </p>
          {published !== undefined && (
            <div className="notice" role="status">
              <p>
                {published.version === null
                  ? 'Published. It is the same as the latest version, so no new version was numbered.'
                  : `Published as version ${published.version.number}.`}{' '}
                <Link href={`/roadmaps/${published.roadmap.slug}/changelog`}>Read the changelog</Link>
              </p>
            </div>
          )}
          {draft.status === 'draft' && <SubmitForReview draft={draft} onSubmitted={changed} />}
          {draft.status === 'approved' && mayPublish && (
            <div className="review-next">
              <button type="button" onClick={() => setPublishing(true)}>
                Publish…
              </button>
            </div>
          )}
          {publishing && (
            <PublishDialog
              draft={draft}
              diff={diff}
              onClose={() => setPublishing(false)}
              onPublished={(result) => {
                setPublishing(false);
                setPublished(result);
                announce(result.version === null ? 'Published.' : `Published as version ${result.version.number}.`);
                changed();
              }}
            />
          )}
          <section className="review-diff" aria-labelledby="review-diff-title">
            <h2 id="review-diff-title">What publishing it would change</h2>
            <p className="hint">
              {diff.from === null
                ? 'A new roadmap: everything in it is new.'
                : `Compared with version ${diff.from}, the one learners read now.`}
            </p>
            <DiffView
              diff={diff}
              before={diff.from === null ? 'Not published yet' : `Now, in version ${diff.from}`}
              after="In this draft"
            />
          </section>
          <ReviewThread draftId={draft.id} thread={thread} closed={CLOSED[draft.status]} onReviewed={changed} />
        </>
      )}
    </Show>
  );
};

export const DraftReview = ({ id }: { id: string }) => (
  <EditorPage title="Review of a draft" permission="drafts:review">
    {() => <ReviewContent id={id} />}
  </EditorPage>
);
