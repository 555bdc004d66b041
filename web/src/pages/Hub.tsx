// The Resource Hub: Waymark's own guides, reviews and cheatsheets, filtered by kind, level and roadmap, searched by
// words. The filters live in the address (/hub?roadmap=…&kind=…), so a roadmap can link to its part of the hub and a
// reader can share what they found.
import { useEffect, useState, type FormEvent } from 'react';
import { api, call } from '../api/client';
import type { HubEntrySummary } from '../api/types';
import { HubBadges, KIND_LABELS, LEVEL_LABELS, Rating, type HubKind, type HubLevel } from '../hub';
import { Link, navigate, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { usePageTitle } from '../ui/page';
import { SearchIcon } from '../ui/icons';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';

const PAGE_SIZE = 12;
const FILTERS = ['kind', 'level', 'roadmap', 'step', 'topic', 'q'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const filtersOf = (query: URLSearchParams): Filters =>
  Object.fromEntries(FILTERS.flatMap((name) => (query.get(name) ? [[name, query.get(name)!]] : [])));

const hrefOf = (filters: Filters) => {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
  return query.size > 0 ? `/hub?${query.toString()}` : '/hub';
};

const fetchPage = (filters: Filters, cursor?: string) =>
  call(
    api.GET('/v1/hub', {
      params: {
        query: {
          ...(filters as Record<string, string>),
          kind: filters.kind as HubKind | undefined,
          level: filters.level as HubLevel | undefined,
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );

const EntryCard = ({ entry, onTopic }: { entry: HubEntrySummary; onTopic: (topic: string) => void }) => (
  <li className="card hub-card">
    <h2 className="hub-card-title">
      <Link href={`/hub/${entry.id}`}>{entry.title}</Link>
    </h2>
    <p className="hub-badges">
      <HubBadges entry={entry} />
      {entry.rating !== null && <Rating rating={entry.rating} />}
    </p>
    <p>{entry.summary}</p>
    {entry.topics.length > 0 && (
      <ul className="tags" aria-label="Topics">
        {entry.topics.map((topic) => (
          <li key={topic}>
            <button
              type="button"
              className="link-button"
              onClick={() => onTopic(topic)}
              aria-label={`Show entries on ${topic}`}
            >
              {topic}
            </button>
          </li>
        ))}
      </ul>
    )}
  </li>
);

const Results = ({ filters, onTopic }: { filters: Filters; onTopic: (topic: string) => void }) => {
  const [more, setMore] = useState<{ items: HubEntrySummary[]; nextCursor: string | null }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const { resource, reload } = useResource(async () => {
    setMore(undefined);
    const page = await fetchPage(filters);
    announce(`${page.items.length}${page.nextCursor ? ' or more' : ''} entries`);
    return page;
  }, [JSON.stringify(filters)]);

  return (
    <Show resource={resource} reload={reload}>
      {(first) => {
        const items = [...first.items, ...(more?.items ?? [])];
        const nextCursor = more ? more.nextCursor : first.nextCursor;
        const loadMore = () => {
          if (!nextCursor) return;
          setLoadingMore(true);
          setMoreError(undefined);
          fetchPage(filters, nextCursor).then(
            (page) => {
              setLoadingMore(false);
              setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
              announce(`${page.items.length} more entries`);
            },
            (error: unknown) => {
              setLoadingMore(false);
              setMoreError(error);
            },
          );
        };
        return items.length === 0 ? (
          <Empty
            icon={<SearchIcon />}
            action={
              <Link href="/hub" className="button secondary">
                Show every entry
              </Link>
            }
          >
            Nothing in the hub matches these filters yet.
          </Empty>
        ) : (
          <>
            <ul className="cards hub-results">
              {items.map((entry) => (
                <EntryCard key={entry.id} entry={entry} onTopic={onTopic} />
              ))}
            </ul>
            {moreError !== undefined && <ErrorMessage error={moreError} retry={loadMore} />}
            {nextCursor &&
              (loadingMore ? (
                <Loading label="Loading more entries…" />
              ) : (
                <button type="button" className="secondary" onClick={loadMore}>
                  Show more entries
                </button>
              ))}
          </>
        );
      }}
    </Show>
  );
};

const RoadmapChoice = ({ value, onChange }: { value: string; onChange: (slug: string) => void }) => {
  const { resource } = useResource(() => call(api.GET('/v1/roadmaps', { params: { query: { limit: 100 } } })), []);
  const roadmaps = resource.status === 'ready' ? resource.data.items : [];
  return (
    <div className="field">
      <label htmlFor="hub-roadmap">Roadmap</label>
      <select id="hub-roadmap" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any roadmap</option>
        {roadmaps.map((roadmap) => (
          <option key={roadmap.slug} value={roadmap.slug}>
            {roadmap.title}
          </option>
        ))}
        {value && !roadmaps.some((roadmap) => roadmap.slug === value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
};

export const HubPage = () => {
  usePageTitle('Resource Hub');
  const { query } = useLocation();
  const filters = filtersOf(query);
  const [words, setWords] = useState(filters.q ?? '');
  // Back and Forward change the address, not the box: keep the box showing the words the list is for.
  useEffect(() => setWords(filters.q ?? ''), [filters.q]);
  const change = (next: Filters) => navigate(hrefOf(next));
  const set = (name: keyof Filters, value: string) =>
    // A step belongs to its roadmap: choosing another roadmap drops it.
    change({ ...filters, [name]: value, ...(name === 'roadmap' ? { step: '' } : {}) });
  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', words.trim());
  };

  return (
    <div className="hub">
      <h1>Resource Hub</h1>
      <p className="lead">
        Waymark’s own guides, honest reviews of courses, books and tools, and cheatsheets to print: written to go with
        the roadmaps.
      </p>
      <form role="search" className="search hub-search" onSubmit={search}>
        <label htmlFor="hub-q">Search the hub</label>
        <div className="inline-form">
          <input id="hub-q" type="search" value={words} onChange={(event) => setWords(event.target.value)} />
          <button type="submit">Search</button>
        </div>
      </form>
      <div className="hub-filters" role="group" aria-label="Filters">
        <div className="field">
          <label htmlFor="hub-kind">Kind</label>
          <select id="hub-kind" value={filters.kind ?? ''} onChange={(event) => set('kind', event.target.value)}>
            <option value="">Any kind</option>
            {(Object.keys(KIND_LABELS) as HubKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hub-level">Level</label>
          <select id="hub-level" value={filters.level ?? ''} onChange={(event) => set('level', event.target.value)}>
            <option value="">Any level</option>
            {(Object.keys(LEVEL_LABELS) as HubLevel[]).map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
        </div>
        <RoadmapChoice value={filters.roadmap ?? ''} onChange={(slug) => set('roadmap', slug)} />
      </div>
      {(filters.topic || filters.step || filters.q) && (
        <ul className="tags hub-active" aria-label="Also filtered by">
          {(['q', 'topic', 'step'] as const).map(
            (name) =>
              filters[name] && (
                <li key={name}>
                  {name === 'q' ? 'Words' : name === 'topic' ? 'Topic' : 'Step'}: {filters[name]}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      if (name === 'q') setWords('');
                      set(name, '');
                    }}
                  >
                    Remove<span className="visually-hidden"> the {name === 'q' ? 'search words' : name} filter</span>
                  </button>
                </li>
              ),
          )}
        </ul>
      )}
      <Results filters={filters} onTopic={(topic) => set('topic', topic)} />
    </div>
  );
};
