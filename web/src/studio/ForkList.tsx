// On the studio's list: the instance's forks (GET /v1/forks, decision 0044), each with the upstream version it follows,
// a link to change it (pages/ForkOverlay.tsx) and, when its upstream published since, a link to the proposal to
// follow it (pages/ForkProposal.tsx).
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { ErrorMessage } from '../ui/states';

type ForkPage = Ok<'/v1/forks'>;

const fetchForks = (cursor?: string) =>
  call(api.GET('/v1/forks', { params: { query: { limit: 50, ...(cursor === undefined ? {} : { cursor }) } } }));

export const ForkList = () => {
  const [page, setPage] = useState<ForkPage>();
  const [failure, setFailure] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    fetchForks().then(
      (first) => current && setPage(first),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const loadMore = () => {
    if (!page?.nextCursor) return;
    fetchForks(page.nextCursor).then((next) => {
      setPage({ items: [...page.items, ...next.items], nextCursor: next.nextCursor });
      announce(`${next.items.length} more ${next.items.length === 1 ? 'fork' : 'forks'}`);
    }, setFailure);
  };

  // Without them the list of drafts is still the page's work: nothing is shown until there are forks.
  if (failure !== undefined) {
    return (
      <ErrorMessage
        error={failure}
        retry={() => {
          setFailure(undefined);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  if (page === undefined || page.items.length === 0) return null;
  return (
    <section className="fork-list" aria-labelledby="fork-list-title">
      <h2 id="fork-list-title">Forks</h2>
      <ul>
        {page.items.map((fork) => (
          <li key={fork.slug}>
            <strong>{fork.title}</strong> <span className="muted">({fork.slug})</span>: follows version{' '}
            {fork.upstream.version} of {fork.upstream.slug}.{' '}
            <span className="draft-links">
              <Link href={`/studio/forks/${fork.slug}`} aria-label={`Change the fork ${fork.title}`}>
                Change the fork
              </Link>
              {fork.openProposal !== null && (
                <Link href={`/studio/forks/${fork.slug}/proposals/${fork.openProposal.id}`}>
                  {fork.title}: version {fork.upstream.latestVersion} of {fork.upstream.slug} to review
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
      {page.nextCursor && (
        <button type="button" className="secondary" onClick={loadMore}>
          More forks
        </button>
      )}
    </section>
  );
};
