import { sql, type Kysely } from 'kysely';

// Search that finds what a reader means (docs/decisions/0023):
// - the search vectors are built from plain text (Markdown marks and link addresses taken out, the same function
//   the snippets use) and take in the topics of steps, hub entries and resources;
// - hub entries get their topics too (an immutable wrapper: array_to_string is only stable, a generated column needs
//   immutable; for text[] its result depends on nothing but the array);
// - `search_words` lists every word of the published content once, with a trigram index (pg_trgm), so a misspelt
//   word can be matched to the closest real one. Content imports refresh it in their transaction.
// On PGlite the pg_trgm extension is loaded when the database is opened (src/infra/database.ts); on a PostgreSQL
// server it comes with the contrib package.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`create extension if not exists pg_trgm`.execute(db);

  // Order matters: fences and images before links, links before the emphasis marks inside their text. A heading
  // gets a colon and a list item a middle dot, so that neither runs into the text next to it in a snippet.
  await sql`
    create function search_plain(markdown text) returns text
    language sql immutable parallel safe
    as $fn$
      select btrim(regexp_replace(
        regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
          markdown,
          '^[ \t]*(\`\`\`|~~~).*$', '', 'gn'),
          '!\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'),
          '\\[([^\\]]*)\\](\\([^)]*\\)|\\[[^\\]]*\\])', '\\1', 'g'),
          '^[ \t]*[-*_]([ \t]*[-*_]){2,}[ \t]*$', '', 'gn'),
          '^[ \t]{0,3}#{1,6}[ \t]+(.*[^?!:.])[ \t]*$', '\\1:', 'gn'),
          '^[ \t]{0,3}#{1,6}[ \t]+', '', 'gn'),
          '^[ \t]*>[ \t]?', '', 'gn'),
          '^[ \t]*([-*+]|[0-9]+[.)])[ \t]+', '· ', 'gn'),
          '^[ \t|:-]*-[ \t|:-]*$', '', 'gn'),
          '</?[A-Za-z][^>]*>', '', 'g'),
          '(\\*+|~~|\`+|__+)', '', 'g'),
          '(^|[^[:alnum:]_])_([^_\n]+)_($|[^[:alnum:]_])', '\\1\\2\\3', 'g'),
          '\\|', ' ', 'g'),
          '[\uE000\uE001]', '', 'g'),
        '\\s+', ' ', 'g'))
    $fn$`.execute(db);

  await sql`
    create function search_topics(topics text[]) returns text
    language sql immutable parallel safe
    as $fn$ select array_to_string(topics, ' ') $fn$`.execute(db);

  await sql`
    alter table roadmaps drop column search,
      add column search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', search_plain(coalesce(document ->> 'intro', ''))), 'C')
      ) stored`.execute(db);
  await sql`
    alter table roadmap_steps drop column search,
      add column search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', search_topics(topics)), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', search_plain(body)), 'C')
      ) stored`.execute(db);
  await sql`
    alter table roadmap_faq drop column search,
      add column search tsvector generated always as (
        setweight(to_tsvector('english', question), 'A') ||
        setweight(to_tsvector('english', search_plain(answer)), 'C')
      ) stored`.execute(db);
  await sql`
    alter table resources drop column search,
      add column search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', search_topics(topics)), 'B') ||
        setweight(to_tsvector('english', coalesce(publisher, '')), 'B') ||
        setweight(to_tsvector('english', search_plain(description)), 'C')
      ) stored`.execute(db);
  await sql`
    alter table hub_entries drop column search,
      add column search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', search_topics(topics)), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', search_plain(body)), 'C')
      ) stored`.execute(db);
  for (const table of ['roadmaps', 'roadmap_steps', 'roadmap_faq', 'resources', 'hub_entries']) {
    await sql`create index ${sql.id(`${table}_search_idx`)} on ${sql.table(table)} using gin (search)`.execute(db);
  }

  await sql`create table search_words (word text primary key)`.execute(db);
  await sql`create index search_words_trigram_idx on search_words using gin (word gin_trgm_ops)`.execute(db);
  // A function, so that the migration (for content already imported) and every import fill the list the same way.
  await sql`
    create function refresh_search_words() returns void
    language sql volatile
    as $fn$
      delete from search_words;
      insert into search_words (word)
      select word from ts_stat($q$
        select to_tsvector('simple', title || ' ' || summary || ' ' || search_plain(coalesce(document ->> 'intro', '')))
        from roadmaps where archived_at is null
        union all
        select to_tsvector('simple', title || ' ' || search_topics(topics) || ' ' || summary || ' ' || search_plain(body))
        from roadmap_steps where archived_at is null
        union all
        select to_tsvector('simple', question || ' ' || search_plain(answer)) from roadmap_faq where archived_at is null
        union all
        select to_tsvector('simple', title || ' ' || search_topics(topics) || ' ' || search_plain(description))
        from resources where archived_at is null
        union all
        select to_tsvector('simple', title || ' ' || search_topics(topics) || ' ' || summary || ' ' || search_plain(body))
        from hub_entries where archived_at is null
      $q$)
      where length(word) >= 3 and word ~ '^[[:alpha:]][[:alnum:]]*$';
    $fn$`.execute(db);
  await sql`select refresh_search_words()`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop function if exists refresh_search_words()`.execute(db);
  await sql`drop table if exists search_words`.execute(db);
  // The search columns keep their new definitions: 0001 and 0011 built them, and going down does not rebuild them.
};
