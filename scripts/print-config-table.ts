// Prints the README's configuration table from the config module: `npm run -s docs:config`.
import { options } from '../src/config.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');
const rows = Object.entries(options).map(([name, spec]) => {
  const fallback = spec.default === undefined ? '(unset)' : spec.default === '' ? '(empty)' : `\`${spec.default}\``;
  return `| \`${name}\` | ${cell(fallback)} | ${cell(spec.description)} |`;
});
process.stdout.write(['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n') + '\n');
