// A roadmap's changelog: every version, newest first, with its date and notes, and what changed since the version
// before it: steps added, removed, moved and renamed, and each changed text with its old and new wording.
import '../styles/changelog.css';
import { useState } from 'react';
import { api, call } from '../api/client';
import type { VersionSummary } from '../api/types';
import { Link } from '../router';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';
import { DiffView } from './DiffView';

const VersionChanges = ({ slug, version }: { slug: string; version: number }) => {
  const { resource, reload } = useResource(
    () =>
      call(
        api.GET('/v1/roadmaps/{slug}/versions/{from}/diff/{to}', {
          params: { path: { slug, from: version - 1, to: version } },
        }),
      ),
    [slug, version],
  );
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Comparing the versions…" />}>
      {(diff) => (
        <DiffView diff={diff} before={`Before, in version ${diff.from}`} after={`After, in version ${diff.to}`} />
      )}
    </Show>
  );
};

const countsText = ({ changes }: VersionSummary) => {
  const parts = [
    [changes.stepsAdded, 'added'],
    [changes.stepsRemoved, 'removed'],
    [changes.stepsChanged, 'changed'],
  ]
    .filter(([count]) => Number(count) > 0)
    .map(([count, what]) => `${count} ${Number(count) === 1 ? 'step' : 'steps'} ${what}`);
  return parts.length > 0 ? parts.join(', ') : changes.textsChanged > 0 ? 'Texts changed' : 'No step changed';
};

/** One version; the newest opens with what changed, the others when the reader asks. */
const VersionEntry = ({ slug, version, newest }: { slug: string; version: VersionSummary; newest: boolean }) => {
  const { date } = useLearnerTime();
  const [open, setOpen] = useState(newest);
  return (
    <li className="changelog-version" id={`version-${version.number}`}>
      <h2>Version {version.number}</h2>
      <p className="changelog-meta">
        <time dateTime={version.publishedAt}>{date(version.publishedAt)}</time> ·{' '}
        {version.source === 'import' ? 'from the content files' : 'published in Waymark'}
        {version.number > 1 && <> · {countsText(version)}</>}
      </p>
      <p>{version.notes}</p>
      {version.number > 1 && (
        <details className="changelog-changes" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>What changed since version {version.number - 1}</summary>
          {open && <VersionChanges slug={slug} version={version.number} />}
        </details>
      )}
    </li>
  );
};

export const ChangelogPage = ({ slug }: { slug: string }) => {
  const { resource, reload } = useResource(
    () =>
      Promise.all([
        call(api.GET('/v1/roadmaps/{slug}', { params: { path: { slug } } })),
        call(api.GET('/v1/roadmaps/{slug}/versions', { params: { path: { slug } } })),
      ]),
    [slug],
  );
  usePageTitle(resource.status === 'ready' ? `Changelog of ${resource.data[0].title}` : 'Changelog');
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading fill />}>
      {([roadmap, versions]) => (
        <article className="changelog">
          <p>
            <Link href={`/roadmaps/${slug}`}>Back to {roadmap.title}</Link>
          </p>
          <h1>Changelog: {roadmap.title}</h1>
          <p className="lead">Every version of this roadmap, newest first, and what changed in each.</p>
          <ol className="changelog-versions" reversed>
            {versions.items.map((version, index) => (
              <VersionEntry key={version.number} slug={slug} version={version} newest={index === 0} />
            ))}
          </ol>
        </article>
      )}
    </Show>
  );
};
