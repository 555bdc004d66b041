// Prints .env.example from the config module, so the list of options has one source: `npm run -s env:example`.
import { optionSections } from '../src/config.ts';

const lines = [
  '# Waymark configuration. Every option, its meaning and its default; unset options take the default.',
  '',
];
for (const { title, options } of optionSections()) {
  lines.push(`# --- ${title} ---`, '');
  for (const spec of options) {
    lines.push(`# ${spec.description}`);
    lines.push(spec.default === undefined ? `# ${spec.env}=` : `${spec.env}=${spec.default}`);
    lines.push('');
  }
}
process.stdout.write(lines.join('\n'));
