import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { pageRows } from '../../infra/page-size.ts';
import type { SearchKind } from './search.schemas.ts';

export interface SearchRow {
  kind: SearchKind;
  id: string;
  roadmap: string | null;
  title: string;
  /** Plain text; each matched word sits between HIGHLIGHT_START and HIGHLIGHT_STOP. */
  snippet: string;
  rank: number;
  url: string | null;
}

/** How deep search results go: ranking every hit past this is work no reader needs. */
export const MAX_SEARCH_OFFSET = 10_000;

// Private-use characters around the matched words of a snippet: search_plain (migration 0012) takes them out of the
// text first, so every one in a snippet is ts_headline's.
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=1`;

// The English stemmer keeps an s after a word with no other vowel ("JWTs" stays "jwts"), so "jwt" would miss it.
// Each lexeme of the query (quoted in its text form) also stands for itself with and without a final s; the
// websearch syntax (phrases, or, -word) survives, as only the quoted lexemes change.
const LEXEME = `'((?:[^']|'')*?)(s?)'`;
const EITHER_FORM = `( '\\1\\2' | '\\1s' | '\\1' )`;
const tolerantQuery = (text: string) =>
  sql`regexp_replace(websearch_to_tsquery('english', ${text})::text, ${LEXEME}, ${EITHER_FORM}, 'g')::tsquery`;

export const createSearchRepository = (db: Db) => ({
  /**
   * Ranked hits across roadmaps, steps, FAQ entries, resources and hub entries, snippets only for the page returned,
   * and how many hits there are in all (0 when the page is past the last: then there are at most `offset`).
   */
  async search(text: string, offset: number, limit: number): Promise<{ rows: SearchRow[]; total: number }> {
    const result = await sql<SearchRow & { total: number | string }>`
      with q as (select ${tolerantQuery(text)} as query),
      hits as (
        select 'roadmap' as kind, r.slug as id, r.slug as roadmap, r.title, r.summary as text, null as url,
               ts_rank(r.search, q.query) as rank
        from roadmaps r, q where r.archived_at is null and r.search @@ q.query
        union all
        select 'step', s.id, s.roadmap_slug, s.title, s.summary || chr(10) || s.body, null, ts_rank(s.search, q.query)
        from roadmap_steps s
        join roadmaps r on r.slug = s.roadmap_slug and r.archived_at is null, q
        where s.archived_at is null and s.search @@ q.query
        union all
        select 'faq', f.id, f.roadmap_slug, f.question, f.answer, null, ts_rank(f.search, q.query)
        from roadmap_faq f
        join roadmaps r on r.slug = f.roadmap_slug and r.archived_at is null, q
        where f.archived_at is null and f.search @@ q.query
        union all
        select 'resource', res.id, null, res.title, res.description, res.url, ts_rank(res.search, q.query)
        from resources res, q where res.archived_at is null and res.search @@ q.query
        union all
        select 'hub', h.id, null, h.title, h.summary || chr(10) || h.body, null, ts_rank(h.search, q.query)
        from hub_entries h, q where h.archived_at is null and h.search @@ q.query
      ),
      counted as (select hits.*, count(*) over () as total from hits)
      select kind, id, roadmap, title, url, rank, total,
             ts_headline('english', search_plain(text), q.query, ${HEADLINE_OPTIONS}) as snippet
      from counted, q
      order by rank desc, kind collate "C", roadmap collate "C", id collate "C"
      limit ${pageRows(limit)} offset ${Math.min(Math.max(Math.trunc(offset) || 0, 0), MAX_SEARCH_OFFSET)}`.execute(db);
    return {
      rows: result.rows.map(({ total: _total, ...row }) => row),
      total: Number(result.rows[0]?.total ?? 0),
    };
  },

  /**
   * For each word, in order: itself when published content has it, else the published word most like it by
   * trigrams (pg_trgm's `%`, similarity at least 0.3), else null.
   */
  async closestWords(words: string[]): Promise<(string | null)[]> {
    const result = await sql<{ closest: string | null }>`
      select coalesce(
               (select w.word from search_words w where w.word = q.word),
               (select w.word from search_words w where w.word % q.word
                order by similarity(w.word, q.word) desc, w.word collate "C" limit 1)
             ) as closest
      from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as q(word, n)
      order by q.n`.execute(db);
    return result.rows.map((row) => row.closest);
  },
});

export type SearchRepository = ReturnType<typeof createSearchRepository>;
