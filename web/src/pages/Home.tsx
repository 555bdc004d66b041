// Home: the catalogue of published roadmaps, and search across everything published.
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { Link, navigate, useLocation } from '../router';
import { Catalogue } from './Catalogue';
import { announce } from '../ui/announcer';
import { instance } from '../ui/brand';
import { ArrowRightIcon, SearchIcon } from '../ui/icons';
import { usePageTitle } from '../ui/page';
import { Empty, Show, useResource } from '../ui/states';

type Hit = Ok<'/v1/search'>['items'][number];

const hitHref = (hit: Hit) => {
  if (hit.kind === 'resource') return hit.url ?? '/';
  if (hit.kind === 'roadmap') return `/roadmaps/${hit.id}`;
  if (hit.kind === 'step') return `/roadmaps/${hit.roadmap}/steps/${hit.id}`;
  return `/roadmaps/${hit.roadmap}#faq`;
};

const Snippet = ({ text }: { text: string }) => (
  // The API wraps matched words in **; shown as <mark> without ever parsing HTML.
  <>
    {text
      .split(/(\*\*[^*]*\*\*)/)
      .map((part, index) =>
        part.startsWith('**') && part.length > 4 ? <mark key={index}>{part.slice(2, -2)}</mark> : part,
      )}
  </>
);

const SearchResults = ({ q }: { q: string }) => {
  const { resource, reload } = useResource(async () => {
    const page = await call(api.GET('/v1/search', { params: { query: { q, limit: 20 } } }));
    announce(`${page.items.length} results for ${q}`);
    return page;
  }, [q]);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results for “{q}”</h2>
      <Show resource={resource} reload={reload}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>Nothing matches “{q}”. Try a shorter or different word.</Empty>
          ) : (
            <ol className="results">
              {page.items.map((hit, index) => (
                <li key={index}>
                  <span className="badge">{hit.kind}</span>{' '}
                  {hit.kind === 'resource' ? (
                    <a href={hitHref(hit)}>{hit.title}</a>
                  ) : (
                    <Link href={hitHref(hit)}>{hit.title}</Link>
                  )}
                  <p>
                    <Snippet text={hit.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </Show>
    </section>
  );
};

const HUB_PARTS = [
  { kind: 'guide', title: 'Guides', text: 'Longer walk-throughs of one topic, from first idea to working code.' },
  { kind: 'review', title: 'Reviews', text: 'What we think of books, courses and tools, and who each one suits.' },
  { kind: 'cheatsheet', title: 'Cheatsheets', text: 'The commands and facts you look up again and again, on a page.' },
] as const;

const HubLinks = () => (
  <section aria-labelledby="hub-heading" className="home-hub">
    <h2 id="hub-heading">From the Resource Hub</h2>
    <p className="muted">Our own material to learn alongside the roadmaps.</p>
    <ul className="hub-links">
      {HUB_PARTS.map((part) => (
        <li key={part.kind} className="card">
          <h3>
            <Link href={`/hub?kind=${part.kind}`}>{part.title}</Link>
          </h3>
          <p>{part.text}</p>
        </li>
      ))}
    </ul>
    <p>
      <Link href="/hub" className="button secondary">
        Open the Resource Hub
        <ArrowRightIcon />
      </Link>
    </p>
  </section>
);

export const Home = () => {
  usePageTitle('Learning roadmaps');
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/roadmaps', { params: { query: { limit: 100 } } })),
    [],
  );

  return (
    <>
      <div className="home-hero">
        <p className="eyebrow">{instance.name}</p>
        <h1>Learning roadmaps</h1>
        <p className="lead">
          Pick a path, follow it step by step at your own pace, and keep track of how far you are. No account needed to
          start: your progress is kept in this browser until you sign up.
        </p>
        <search>
          <form
            className="search home-search"
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              if (typed.trim() !== '') navigate(`/?q=${encodeURIComponent(typed.trim())}`);
            }}
          >
            <label htmlFor="search-input">Search roadmaps, steps, FAQ and resources</label>
            <div className="inline-form">
              <input id="search-input" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
              <button type="submit">
                <SearchIcon />
                Search
              </button>
            </div>
          </form>
        </search>
      </div>
      {q !== '' && <SearchResults q={q} />}
      <section aria-labelledby="roadmaps-heading">
        <h2 id="roadmaps-heading">Roadmaps</h2>
        <Show resource={resource} reload={reload}>
          {(page) =>
            page.items.length === 0 ? <Empty>No roadmap is published yet.</Empty> : <Catalogue roadmaps={page.items} />
          }
        </Show>
      </section>
      <HubLinks />
    </>
  );
};
