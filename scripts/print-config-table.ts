// Prints the README's configuration tables, one per area, from the config module: `npm run -s docs:config`.
import { optionSections } from '../src/config.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');
const sections = optionSections().map(({ title, options }) => {
  const rows = options.map((spec) => {
    const fallback = spec.default === undefined ? '(unset)' : spec.default === '' ? '(empty)' : `\`${spec.default}\``;
    return `| \`${spec.env}\` | ${cell(fallback)} | ${cell(spec.description)} |`;
  });
  return [`### ${title}`, '', '| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
});
process.stdout.write(sections.join('\n\n') + '\n');
