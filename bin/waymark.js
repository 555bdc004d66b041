#!/usr/bin/env node
// The `waymark` command. Plain JavaScript so any Node.js can start it; it runs the CLI on Node.js 24 — this one if it
// is new enough, otherwise the one the project installs as a dev dependency.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [major] = process.versions.node.split('.').map(Number);
const pinned = `${root}node_modules/node/bin/node`;
const node = major >= 24 ? process.execPath : existsSync(pinned) ? pinned : undefined;
if (node === undefined) {
  console.error(`waymark needs Node.js 24 or newer (this is ${process.versions.node}); run \`npm install\` first.`);
  process.exit(1);
}
const result = spawnSync(node, [`${root}src/cli.ts`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
