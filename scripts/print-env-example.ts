// Prints .env.example from the config module, so the list of options has one source: `npm run -s env:example`.
import { options } from '../src/config.ts';

const lines = [
  '# Waymark configuration. Every option, its meaning and its default; unset options take the default.',
  '',
];
for (const [name, spec] of Object.entries(options)) {
  lines.push(`# ${spec.description}`);
  lines.push(spec.default === undefined ? `# ${name}=` : `${name}=${spec.default}`);
  lines.push('');
}
process.stdout.write(lines.join('\n'));
