// Every list Waymark serves is read a page at a time. The routes cap `limit` in their schemas (at most 100, the
// development mailbox 200); the repositories cap it again, so no caller, present or future, can ask the database for
// every row of a table in one go.

/** Most rows one list query returns: the largest page, plus the one row read ahead to tell whether a next page exists. */
export const MAX_PAGE_ROWS = 201;

/** `limit` as a list query may use it: a whole number from 1 to MAX_PAGE_ROWS. */
export const pageRows = (limit: number) =>
  Number.isFinite(limit) ? Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE_ROWS) : MAX_PAGE_ROWS;
