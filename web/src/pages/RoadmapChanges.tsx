// "What changed since you were last here", near the top of a roadmap: the steps added, changed and moved since the
// version the reader last saw, each linked, with a button to dismiss it. The version seen is kept in this browser
// (as a guest's progress is, guest.ts) and the changes come from the public versions diff; the first visit only
// notes the version. Signed-in learners are to read theirs from GET /v1/me/roadmaps/{slug}/changes once it lands.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import type { Roadmap, VersionDiff } from '../api/types';
import { Link } from '../router';
import { useResource } from '../ui/states';

const KEY = 'waymark:seen-versions';

const readSeen = (): Record<string, number> => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
};
const writeSeen = (slug: string, version: number) =>
  localStorage.setItem(KEY, JSON.stringify({ ...readSeen(), [slug]: version }));

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

const Changes = ({
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
  const { added, changed, moved } = changesOf(resource.data, roadmap);
  return (
    <section className="notice what-changed" aria-labelledby="what-changed-title">
      <h2 id="what-changed-title">What changed since you were last here</h2>
      <p>
        This roadmap is at version {current} now; you last saw version {seen}.{' '}
        <Link href={`/roadmaps/${roadmap.slug}/changelog`}>Read the changelog</Link>
      </p>
      {added.length + changed.length + moved.length === 0 && <p>No step changed; some texts did.</p>}
      <Steps title="New steps" steps={added} slug={roadmap.slug} />
      <Steps title="Changed steps" steps={changed} slug={roadmap.slug} />
      <Steps title="Moved steps" steps={moved} slug={roadmap.slug} />
      <button type="button" className="button secondary small" onClick={onDismiss}>
        Dismiss<span className="visually-hidden"> what changed</span>
      </button>
    </section>
  );
};

export const WhatChanged = ({ roadmap }: { roadmap: Roadmap }) => {
  const current = roadmap.version?.number;
  const [seen, setSeen] = useState(() => readSeen()[roadmap.slug]);
  useEffect(() => {
    if (seen === undefined && current !== undefined) writeSeen(roadmap.slug, current);
  }, [roadmap.slug, seen, current]);
  const dismiss = () => {
    if (current === undefined) return;
    writeSeen(roadmap.slug, current);
    setSeen(current);
    // The button is gone: the reader carries on from the roadmap's heading.
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
  return (
    // Polite: the notice arrives after the page, and a screen reader reads it when it is done with what it reads.
    <div aria-live="polite" data-print="hide">
      {seen !== undefined && current !== undefined && seen < current && (
        <Changes roadmap={roadmap} seen={seen} current={current} onDismiss={dismiss} />
      )}
    </div>
  );
};
