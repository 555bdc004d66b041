// The results of a search on the home page: each hit's snippet with the matched words marked, a link to the exact
// page (an FAQ entry: its place on the roadmap page), and "Showing results for …" when a misspelt word was corrected,
// with a link to search the words exactly as typed (`exact=true` in the address).
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { SearchIcon } from '../ui/icons';
import { Empty, Show, useResource } from '../ui/states';
import '../styles/search.css';

type Hit = Ok<'/v1/search'>['items'][number];

const KIND_LABELS: Record<Hit['kind'], string> = {
  roadmap: 'Roadmap',
  step: 'Step',
  faq: 'Question',
  resource: 'Resource',
  hub: 'Resource Hub',
};

/** The snippet as text, the API's highlight ranges as <mark>: nothing from the API is ever parsed as HTML. */
export const Snippet = ({ text, highlights }: Pick<Hit, 'highlights'> & { text: string }) => {
  const parts: (string | { marked: string })[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), { marked: text.slice(start, end) });
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts.map((part, index) => (typeof part === 'string' ? part : <mark key={index}>{part.marked}</mark>))}</>;
};

export const SearchResults = ({ q, exact }: { q: string; exact: boolean }) => {
  const { resource, reload } = useResource(async () => {
    const page = await call(api.GET('/v1/search', { params: { query: { q, limit: 20, exact } } }));
    const count = `${page.items.length} ${page.items.length === 1 ? 'result' : 'results'}`;
    announce(page.correctedQuery === null ? `${count} for ${q}` : `${count} for ${page.correctedQuery}`);
    return page;
  }, [q, exact]);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results for “{q}”</h2>
      <Show resource={resource} reload={reload}>
        {(page) => (
          <>
            {page.correctedQuery !== null && (
              <p className="search-correction">
                Showing results for <strong>{page.correctedQuery}</strong>. Search instead for{' '}
                <Link href={`/?q=${encodeURIComponent(q)}&exact=true`}>{q}</Link>
              </p>
            )}
            {page.items.length === 0 ? (
              <Empty icon={<SearchIcon />} hint="Try a shorter or a different word.">
                Nothing matches “{q}”.
              </Empty>
            ) : (
              <ol className="results search-results">
                {page.items.map((hit) => (
                  <li key={`${hit.kind}:${hit.roadmap ?? ''}:${hit.id}`}>
                    <span className="badge">{KIND_LABELS[hit.kind]}</span>{' '}
                    {hit.kind === 'resource' ? (
                      <a href={hit.href}>{hit.title}</a>
                    ) : (
                      <Link href={hit.href}>{hit.title}</Link>
                    )}
                    <p className="search-snippet">
                      <Snippet text={hit.snippet} highlights={hit.highlights} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </Show>
    </section>
  );
};
