// Renders the small Markdown subset roadmap and hub content uses (headings, lists, paragraphs, code, pipe tables, bold,
// italics, links) straight into React elements, so no HTML string ever reaches the page.
import type { ReactNode } from 'react';
import { scrollable, useOverflowing } from './overflow';

const INLINE = /(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\)|\*[^*]+\*)/g;
const SAFE_LINK = /^(https?:\/\/|\/|#)/;

const inline = (text: string): ReactNode[] =>
  text.split(INLINE).map((part, index) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
      return <code key={index}>{part.slice(1, -1)}</code>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const [, label = '', href = ''] = link;
      return SAFE_LINK.test(href) ? (
        <a key={index} href={href}>
          {label}
        </a>
      ) : (
        label
      );
    }
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={index}>{part.slice(1, -1)}</em>;
    return part;
  });

/** A code block; one too wide for the screen scrolls sideways, and can then be focused to scroll it by keyboard. */
const CodeBlock = ({ code }: { code: string }) => {
  const { ref, overflowing } = useOverflowing<HTMLPreElement>();
  return (
    <pre ref={ref} {...scrollable(overflowing)}>
      <code>{code}</code>
    </pre>
  );
};

/** A table's frame, which scrolls sideways on a narrow screen, with the same keyboard access. */
const TableFrame = ({ children }: { children: ReactNode }) => {
  const { ref, overflowing } = useOverflowing<HTMLDivElement>();
  return (
    <div ref={ref} className="table-scroll" {...scrollable(overflowing)}>
      {children}
    </div>
  );
};

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(\s*:?-+:?\s*\|)+\s*$/;
const cellsOf = (row: string) =>
  row
    .trim()
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());

/**
 * `headingLevel`: the level a `##` heading becomes (content uses `##` for its top sections), so the text fits under
 * the page's own headings. `headingIds`: ids for the `##` and `###` headings in order (a guide's table of contents,
 * whose anchors the API derives), so a link to `#id` lands on its heading.
 */
export const Markdown = ({
  source,
  headingLevel = 3,
  headingIds,
}: {
  source: string;
  headingLevel?: number;
  headingIds?: string[];
}) => {
  const blocks: ReactNode[] = [];
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let index = 0;
  let tocHeading = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const key = blocks.length;
    if (line.trim() === '') {
      index += 1;
    } else if (line.startsWith('```')) {
      const code: string[] = [];
      index += 1;
      while (index < lines.length && !(lines[index] ?? '').startsWith('```')) code.push(lines[index++] ?? '');
      index += 1;
      blocks.push(<CodeBlock key={key} code={code.join('\n')} />);
    } else if (/^#{1,6} /.test(line)) {
      const hashes = line.indexOf(' ');
      const level = Math.min(6, Math.max(headingLevel, headingLevel + hashes - 2));
      const Heading = `h${level}` as 'h3';
      const id = hashes === 2 || hashes === 3 ? headingIds?.[tocHeading++] : undefined;
      blocks.push(
        <Heading key={key} id={id}>
          {inline(line.slice(hashes + 1))}
        </Heading>,
      );
      index += 1;
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[index + 1] ?? '')) {
      const head = cellsOf(line);
      const rows: string[][] = [];
      index += 2;
      while (index < lines.length && TABLE_ROW.test(lines[index] ?? '')) rows.push(cellsOf(lines[index++] ?? ''));
      blocks.push(
        <TableFrame key={key}>
          <table>
            <thead>
              <tr>
                {head.map((cell, n) => (
                  <th key={n} scope="col">
                    {inline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  {head.map((_, n) => (
                    <td key={n}>{inline(row[n] ?? '')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>,
      );
    } else if (/^\s*([-*]|\d+\.) /.test(line)) {
      const ordered = /^\s*\d+\. /.test(line);
      const items: string[] = [];
      while (index < lines.length && /^\s*([-*]|\d+\.) /.test(lines[index] ?? '')) {
        items.push((lines[index] ?? '').replace(/^\s*([-*]|\d+\.) /, ''));
        index += 1;
        // A wrapped item continues on indented lines.
        while (
          index < lines.length &&
          /^\s{2,}\S/.test(lines[index] ?? '') &&
          !/^\s*([-*]|\d+\.) /.test(lines[index] ?? '')
        )
          items[items.length - 1] += ` ${(lines[index++] ?? '').trim()}`;
      }
      const List = ordered ? 'ol' : 'ul';
      blocks.push(
        <List key={key}>
          {items.map((item, n) => (
            <li key={n}>{inline(item)}</li>
          ))}
        </List>,
      );
    } else {
      const paragraph: string[] = [];
      while (
        index < lines.length &&
        (lines[index] ?? '').trim() !== '' &&
        !/^(#{1,6} |```|\s*([-*]|\d+\.) )/.test(lines[index] ?? '') &&
        !(TABLE_ROW.test(lines[index] ?? '') && TABLE_RULE.test(lines[index + 1] ?? ''))
      )
        paragraph.push((lines[index++] ?? '').trim());
      blocks.push(<p key={key}>{inline(paragraph.join(' '))}</p>);
    }
  }
  return <>{blocks}</>;
};
