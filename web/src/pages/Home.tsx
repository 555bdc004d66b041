// Home: the catalogue of published roadmaps, and search across everything published.
import { useState } from 'react';
import { api, call } from '../api/client';
import { Link, navigate, useLocation } from '../router';
import { Catalogue } from './Catalogue';
import { SearchResults } from './SearchResults';
import { instance } from '../ui/brand';
import { ArrowRightIcon, MapIcon, SearchIcon } from '../ui/icons';
import { usePageTitle } from '../ui/page';
import { Empty, Show, useResource } from '../ui/states';

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
  // "Search instead for …" after a correction: these words, never corrected.
  const exact = query.get('exact') === 'true';
  const [typed, setTyped] = useState(q);
  // Back and forward change the address, not this page: the box then shows the words of the address again.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setTyped(q);
  }
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
            <label htmlFor="search-input">Search roadmaps, steps, FAQ, resources and the Resource Hub</label>
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
      {/* Keyed by the words: results for other words never show under these. */}
      {q !== '' && <SearchResults key={`${exact}:${q}`} q={q} exact={exact} />}
      <section aria-labelledby="roadmaps-heading">
        <h2 id="roadmaps-heading">Roadmaps</h2>
        <Show resource={resource} reload={reload}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty icon={<MapIcon />}>No roadmap is published yet.</Empty>
            ) : (
              <Catalogue roadmaps={page.items} />
            )
          }
        </Show>
      </section>
      <HubLinks />
    </>
  );
};
