// The browser tests run against the built app: build it when its sources changed since the last build.
import { spawnSync } from 'node:child_process';

export default function setup() {
  const build = spawnSync(process.execPath, ['scripts/build-web.ts'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web app did not build');
}
