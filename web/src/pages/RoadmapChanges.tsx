// "What changed since you were last here", near the top of a roadmap: the steps added, changed and moved since the
// version the reader last saw, each linked, with a button to dismiss it. A signed-in learner's come from the server
// (GET /v1/me/roadmaps/{slug}/changes, decision 0032), which notes the version when they start following. A guest's
// version seen is kept in this browser (as their progress is, guest.ts) and the changes come from the public versions
// diff; their first visit only notes the version.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { Roadmap, VersionDiff } from '../api/types';
import { guestSeenVersion, setGuestSeenVersion } from '../guest';
import { Link } from '../router';
import { ErrorMessage, useResource } from '../ui/states';

type Listed = { id: string; title: string };

/** Added, changed (renamed, or a text of it differs) and moved steps that are still on the roadmap. */
const changesOf = (diff: VersionDiff, roadmap: Roadmap) => {
  const titles = new Map(roadmap.tiers.flatMap((tier) => tier.steps).map((step) => [step.id, step.title]));
  const listed = (ids: string[]): Listed[] =>
    [...new Set(ids)].flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : []));
  const added = listed(diff.steps.added.map((step) => step.id));
  const moved = listed(diff.steps.moved.map((step) => step.id));
  const fresh = new Set(added.map((step) => step.id));
  const changed = listed([
    ...diff.steps.renamed.map((step) => step.id),
    ...diff.texts.flatMap((text) => (text.section === 'steps' && text.itemId !== null ? [text.itemId] : [])),
  ]).filter((step) => !fresh.has(step.id));
  return { added, changed, moved };
};

const Steps = ({ title, steps, slug }: { title: string; steps: Listed[]; slug: string }) =>
  steps.length === 0 ? null : (
    <>
      <h3>{title}</h3>
      <ul>
        {steps.map((step) => (
          <li key={step.id}>
            <Link href={`/roadmaps/${slug}/steps/${step.id}`}>{step.title}</Link>
          </li>
        ))}
      </ul>
    </>
  );

type StepChanges = { added: Listed[]; changed: Listed[]; moved: Listed[] };

const Notice = ({
  slug,
  seen,
  current,
  changes: { added, changed, moved },
  onDismiss,
  dismissError,
}: {
  slug: string;
  seen: number;
  current: number;
  changes: StepChanges;
  onDismiss: () => void;
  dismissError?: unknown;
}) => (
  <section className="notice what-changed" aria-labelledby="what-changed-title">
    <h2 id="what-changed-title">What changed since you were last here</h2>
    <p>
      This roadmap is at version {current} now; you last saw version {seen}.{' '}
      <Link href={`/roadmaps/${slug}/changelog`}>Read the changelog</Link>
    </p>
    {added.length + changed.length + moved.length === 0 && <p>No step changed; some texts did.</p>}
    <Steps title="New steps" steps={added} slug={slug} />
    <Steps title="Changed steps" steps={changed} slug={slug} />
    <Steps title="Moved steps" steps={moved} slug={slug} />
    {dismissError !== undefined && <ErrorMessage error={dismissError} />}
    <button type="button" className="button secondary small" onClick={onDismiss}>
      Dismiss<span className="visually-hidden"> what changed</span>
    </button>
  </section>
);

/** The notice is gone: the reader carries on from the roadmap's heading. */
const focusHeading = () => {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
};

const GuestDiff = ({
  roadmap,
  seen,
  current,
  onDismiss,
}: {
  roadmap: Roadmap;
  seen: number;
  current: number;
  onDismiss: () => void;
}) => {
  const { resource } = useResource(
    () =>
      call(
        api.GET('/v1/roadmaps/{slug}/versions/{from}/diff/{to}', {
          params: { path: { slug: roadmap.slug, from: seen, to: current } },
        }),
      ),
    [roadmap.slug, seen, current],
  );
  // Loading, or a version this browser saw that is gone: nothing to say.
  if (resource.status !== 'ready') return null;
  return (
    <Notice
      slug={roadmap.slug}
      seen={seen}
      current={current}
      changes={changesOf(resource.data, roadmap)}
      onDismiss={onDismiss}
    />
  );
};

const GuestChanges = ({ roadmap }: { roadmap: Roadmap }) => {
  const current = roadmap.version?.number;
  const [seen, setSeen] = useState(() => guestSeenVersion(roadmap.slug));
  useEffect(() => {
    if (seen === undefined && current !== undefined) setGuestSeenVersion(roadmap.slug, current);
  }, [roadmap.slug, seen, current]);
  const dismiss = () => {
    if (current === undefined) return;
    setGuestSeenVersion(roadmap.slug, current);
    setSeen(current);
    focusHeading();
  };
  if (seen === undefined || current === undefined || seen >= current) return null;
  return <GuestDiff roadmap={roadmap} seen={seen} current={current} onDismiss={dismiss} />;
};

const LearnerChanges = ({ slug }: { slug: string }) => {
  const { resource } = useResource(
    () => call(api.GET('/v1/me/roadmaps/{slug}/changes', { params: { path: { slug } } })),
    [slug],
  );
  const [dismissed, setDismissed] = useState(false);
  const [dismissError, setDismissError] = useState<unknown>();
  // Loading, failed (the roadmap reads fine without it), or never seen a version (not following): nothing to say.
  if (resource.status !== 'ready' || dismissed) return null;
  const { seenVersion, currentVersion } = resource.data;
  if (seenVersion === null || seenVersion >= currentVersion) return null;
  const dismiss = () => {
    setDismissError(undefined);
    call(
      api.PUT('/v1/me/roadmaps/{slug}/changes/seen', {
        params: { path: { slug } },
        body: { version: currentVersion },
      }),
    ).then(() => {
      setDismissed(true);
      focusHeading();
    }, setDismissError);
  };
  return (
    <Notice
      slug={slug}
      seen={seenVersion}
      current={currentVersion}
      changes={resource.data}
      onDismiss={dismiss}
      dismissError={dismissError}
    />
  );
};

export const WhatChanged = ({ roadmap }: { roadmap: Roadmap }) => {
  const session = useSession();
  return (
    // Polite: the notice arrives after the page, and a screen reader reads it when it is done with what it reads.
    <div aria-live="polite" data-print="hide">
      {session.status === 'signed-in' && <LearnerChanges key={session.user.id} slug={roadmap.slug} />}
      {session.status === 'signed-out' && <GuestChanges roadmap={roadmap} />}
    </div>
  );
};
