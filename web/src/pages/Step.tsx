// One step: what to learn, resources, your status on it, your project when you are in a cohort, and a private note.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import { useSession } from '../api/session';
import { StepSubmission } from '../cohorts/StepSubmission';
import type { Step, StepStatus } from '../api/types';
import { useFeedbackCounts, WasThisHelpful } from '../feedback';
import { StepHubLinks } from '../hub';
import { guestRoadmap, setGuestNote } from '../guest';
import { queueWrite } from '../offline';
import { STATUS_LABELS, useStepStatuses } from '../progress';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { FormError, useSubmit } from '../ui/forms';
import { ResourceLink } from '../ui/LinkWarning';
import { Markdown } from '../ui/Markdown';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Show, useResource } from '../ui/states';

const StatusControl = ({ step }: { step: Step }) => {
  const { statuses, setStatus, error } = useStepStatuses(step.roadmap.slug);
  const current = statuses[step.id] ?? 'todo';
  return (
    <fieldset className="status-control">
      <legend>Your status on this step</legend>
      {(Object.keys(STATUS_LABELS) as StepStatus[]).map((status) => (
        <label key={status} className="radio">
          <input
            type="radio"
            name="status"
            value={status}
            checked={current === status}
            onChange={() => void setStatus(step.id, step.title, status).catch(() => undefined)}
          />{' '}
          {STATUS_LABELS[status]}
        </label>
      ))}
      {error !== undefined && <ErrorMessage error={error} />}
    </fieldset>
  );
};

const Note = ({ step }: { step: Step }) => {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const slug = step.roadmap.slug;
  const [body, setBody] = useState('');
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (session.status === 'checking') return;
    setLoaded(false);
    if (!signedIn) {
      setBody(guestRoadmap(slug).notes[step.id]?.body ?? '');
      setLoaded(true);
      return;
    }
    call(api.GET('/v1/me/roadmaps/{slug}/steps/{stepId}/note', { params: { path: { slug, stepId: step.id } } })).then(
      (note) => {
        setBody(note.body);
        setLoaded(true);
      },
      (error: unknown) => {
        // No note yet is the usual case, not a failure.
        if (!(error instanceof ApiError && error.status === 404)) announce('Your note could not be loaded.');
        setLoaded(true);
      },
    );
  }, [slug, step.id, signedIn, session.status]);

  const { onSubmit, busy, error } = useSubmit(async () => {
    if (session.status === 'signed-in') {
      try {
        await call(
          api.PUT('/v1/me/roadmaps/{slug}/steps/{stepId}/note', {
            params: { path: { slug, stepId: step.id } },
            body: { body },
          }),
        );
      } catch (failure) {
        if (!(failure instanceof ApiError && failure.offline)) throw failure;
        queueWrite(
          session.user.id,
          `/v1/me/roadmaps/${encodeURIComponent(slug)}/steps/${encodeURIComponent(step.id)}/note`,
          {
            body,
          },
        );
        announce('No connection: your note is kept in this browser and sent when you are back online.');
        return;
      }
    } else {
      setGuestNote(slug, step.id, body);
    }
    announce('Note saved');
  });

  return (
    <form onSubmit={onSubmit} className="note">
      <FormError error={error} />
      <label htmlFor="note">Your private note</label>
      <p className="hint" id="note-hint">
        Only you can see it. {signedIn ? '' : 'Kept in this browser until you sign up.'}
      </p>
      <textarea
        id="note"
        aria-describedby="note-hint"
        rows={5}
        maxLength={10_000}
        value={body}
        disabled={!loaded}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" disabled={busy || !loaded}>
        {busy ? 'Saving…' : 'Save note'}
      </button>
    </form>
  );
};

/** Shown to signed-in learners: a real toggle button, named after the step, that keeps the step in their bookmarks. */
const BookmarkToggle = ({ step }: { step: Step }) => {
  const path = { params: { path: { slug: step.roadmap.slug, stepId: step.id } } };
  const [bookmarked, setBookmarked] = useState<boolean | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    call(api.GET('/v1/me/bookmarks/{slug}/{stepId}', path)).then(
      () => setBookmarked(true),
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.status === 404) setBookmarked(false);
        else setError(failure);
      },
    );
  }, [step.roadmap.slug, step.id]);
  const toggle = () => {
    setError(undefined);
    const change = bookmarked
      ? call(api.DELETE('/v1/me/bookmarks/{slug}/{stepId}', path))
      : call(api.PUT('/v1/me/bookmarks/{slug}/{stepId}', path));
    change.then(() => {
      setBookmarked(!bookmarked);
      announce(bookmarked ? 'Bookmark removed' : 'Bookmarked');
    }, setError);
  };
  return (
    <p>
      <button
        type="button"
        className="secondary"
        aria-pressed={bookmarked ?? false}
        disabled={bookmarked === undefined}
        onClick={toggle}
      >
        {/* One name whatever the state: aria-pressed (and its style) says whether it is on. */}
        Bookmark
        <span className="visually-hidden">
          {' '}
          step {step.number}, {step.title}
        </span>
      </button>{' '}
      <Link href="/bookmarks">Your bookmarks</Link>
      {error !== undefined && <ErrorMessage error={error} />}
    </p>
  );
};

/** The same step (by id) in other roadmaps: progress there is kept separately, but the learning is the same. */
const AlsoIn = ({ step }: { step: Step }) =>
  step.alsoIn.length === 0 ? null : (
    <p className="also-in">
      Also in:{' '}
      {step.alsoIn.map((other, index) => (
        <span key={other.slug}>
          {index > 0 && ', '}
          <Link href={`/roadmaps/${other.slug}/steps/${step.id}`}>{other.title}</Link>
        </span>
      ))}
    </p>
  );

const StepFeedback = ({ step }: { step: Step }) => {
  const target = `step:${step.id}`;
  const { counts, refresh } = useFeedbackCounts(step.roadmap.slug, target);
  return (
    <WasThisHelpful
      roadmap={step.roadmap.slug}
      target={target}
      about={`Step ${step.number}, ${step.title}`}
      counts={counts.get(target)}
      onVoted={refresh}
    />
  );
};

export const StepPage = ({ slug, stepId }: { slug: string; stepId: string }) => {
  const session = useSession();
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/roadmaps/{slug}/steps/{stepId}', { params: { path: { slug, stepId } } })),
    [slug, stepId],
  );
  usePageTitle(resource.status === 'ready' ? resource.data.title : 'Step');
  return (
    <Show resource={resource} reload={reload}>
      {(step) => (
        <article className="step">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link href={`/roadmaps/${slug}`}>{step.roadmap.title}</Link>
              </li>
              <li>{step.tier.title}</li>
            </ol>
          </nav>
          <h1>
            <span className="step-number">Step {step.number}</span> {step.title}
          </h1>
          <p className="lead">{step.summary}</p>
          <p className="muted">About {step.estimatedHours} hours.</p>
          <AlsoIn step={step} />
          <StatusControl step={step} />
          {session.status === 'signed-in' && <BookmarkToggle step={step} />}
          <Markdown source={step.body} headingLevel={2} />
          {step.topics.length > 0 && (
            <>
              <h2>Topics</h2>
              <ul className="tags">
                {step.topics.map((topic) => (
                  <li key={topic}>{topic}</li>
                ))}
              </ul>
            </>
          )}
          <h2>Resources</h2>
          <ul className="resource-list">
            {step.resources.map((resource) => (
              <li key={resource.id}>
                <span className="badge">{resource.type}</span> <ResourceLink resource={resource} />
              </li>
            ))}
          </ul>
          <StepHubLinks roadmap={slug} stepId={step.id} />
          <StepFeedback step={step} />
          {session.status === 'signed-in' && <StepSubmission slug={slug} stepId={step.id} />}
          <h2>Notes</h2>
          <Note step={step} />
          <nav aria-label="Steps" className="pager">
            {step.previous && (
              <Link href={`/roadmaps/${slug}/steps/${step.previous.id}`} rel="prev">
                ← {step.previous.title}
              </Link>
            )}
            {step.next && (
              <Link href={`/roadmaps/${slug}/steps/${step.next.id}`} rel="next">
                {step.next.title} →
              </Link>
            )}
          </nav>
        </article>
      )}
    </Show>
  );
};
