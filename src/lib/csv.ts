// The one CSV writer behind every CSV Waymark serves (RFC 4180: comma-separated, CRLF line ends, quoted where needed).
// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula, even after leading
// spaces, so a learner's note or a content title could make whoever opens the export run it (CSV injection). Such
// text cells get a leading single quote, as OWASP advises, which spreadsheets show as text. Numbers are written as
// numbers: a count of -3 stays a number a spreadsheet can sum.

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^\s*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: a number as it is, text neutralised when a spreadsheet would run it, quoted when it must be. */
export const csvCell = (value: CsvCell): string => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value ?? '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** A whole CSV document, the first row being the header. */
export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
