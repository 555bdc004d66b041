import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Config } from '../config.ts';

export interface BuildInfo {
  version: string;
  commit: string | null;
  buildTime: string | null;
  node: string;
}

const projectRoot = new URL('../../', import.meta.url);

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null; // Not a git checkout (a container image, a tarball): the environment says it or nobody does.
  }
};

/** Read once at start: what /version reports. */
export const readBuildInfo = (config: Pick<Config, 'build'>): BuildInfo => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', projectRoot), 'utf8')) as { version: string };
  return {
    version: pkg.version,
    commit: config.build.gitCommit ?? git('rev-parse', 'HEAD'),
    buildTime: config.build.buildTime ?? git('log', '-1', '--format=%cI'),
    node: process.version,
  };
};
