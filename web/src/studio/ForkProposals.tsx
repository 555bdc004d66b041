// On the studio's list: the forks with an open proposal to follow their upstream's new version, each linked to the
// proposal's page (pages/ForkProposal.tsx). The API lists no forks as such: each roadmap listed is asked for its
// fork (GET /v1/forks/{slug}, a 404 for a roadmap that is no fork), which is fine for the few roadmaps an instance has.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import type { Ok } from '../api/types';
import { Link } from '../router';

type Fork = Ok<'/v1/forks/{slug}'>;

const forkOf = (slug: string) =>
  call(api.GET('/v1/forks/{slug}', { params: { path: { slug } } })).catch((failure: unknown) => {
    if (failure instanceof ApiError && failure.status === 404) return undefined;
    throw failure;
  });

export const ForkProposals = ({ roadmaps }: { roadmaps: { slug: string }[] }) => {
  const [forks, setForks] = useState<Fork[]>([]);
  useEffect(() => {
    let current = true;
    Promise.all(roadmaps.map((roadmap) => forkOf(roadmap.slug))).then(
      (found) => current && setForks(found.filter((fork) => fork?.openProposal != null) as Fork[]),
      // Without them the list of drafts is still the page's work; the proposals wait for the next visit.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [roadmaps]);
  if (forks.length === 0) return null;
  return (
    <section className="fork-proposals" aria-labelledby="fork-proposals-title">
      <h2 id="fork-proposals-title">Upstream changes for forks</h2>
      <ul>
        {forks.map((fork) => (
          <li key={fork.slug}>
            <Link href={`/studio/forks/${fork.slug}/proposals/${fork.openProposal!.id}`}>
              {fork.title}: version {fork.upstream.latestVersion} of {fork.upstream.slug} to review
            </Link>{' '}
            <span className="muted">(the fork is on version {fork.upstream.version})</span>
          </li>
        ))}
      </ul>
    </section>
  );
};
