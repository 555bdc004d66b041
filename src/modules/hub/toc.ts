// A guide's table of contents: its `##` and `###` headings with the anchor ids the web gives them. The web does not
// derive anchors itself; it takes them from here, in heading order, so a link to `#anchor` always lands.

export interface Heading {
  level: 2 | 3;
  text: string;
  anchor: string;
}

/** Heading text without its Markdown: `**bold**`, `` `code` ``, `*em*` and `[label](url)` become their words. */
export const plainText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/(\*\*|`|\*)(.+?)\1/g, '$2')
    .trim();

/** GitHub-style: lower case, letters, digits and hyphens; spaces become hyphens. */
export const anchorOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/^-|-$/g, '') || 'section';

export const tableOfContents = (markdown: string): Heading[] => {
  const headings: Heading[] = [];
  const used = new Map<string, number>();
  let inCode = false;
  for (const line of markdown.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const match = inCode ? null : /^(##|###) (.+)$/.exec(line);
    if (match === null) continue;
    const text = plainText(match[2]!);
    const base = anchorOf(text);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    headings.push({ level: match[1] === '##' ? 2 : 3, text, anchor: seen === 0 ? base : `${base}-${seen + 1}` });
  }
  return headings;
};
