// Builds the web app into web/dist when its sources changed since the last build (or always with --force).
// `npm start` runs it first, so a fresh clone and an edited checkout both serve a current app without a separate
// step. Each built file also gets .br and .gz copies, which the server sends to clients that accept them.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const stamp = path.join(dist, '.build-hash');

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
};

/** A hash of everything the build reads: the app's sources, its config, and the installed dependency versions. */
const sourceHash = async () => {
  const inputs = [
    ...(await filesUnder(path.join(web, 'src'))),
    ...(await filesUnder(path.join(web, 'public'))),
    path.join(web, 'index.html'),
    path.join(web, 'vite.config.ts'),
    path.join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ].sort();
  const hash = createHash('sha256');
  for (const file of inputs)
    hash
      .update(path.relative(root, file))
      .update('\0')
      .update(await fs.readFile(file));
  return hash.digest('hex');
};

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

const precompress = async () => {
  for (const file of await filesUnder(dist)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = await fs.readFile(file);
    await fs.writeFile(`${file}.gz`, await gzip(content, { level: 9 }));
    await fs.writeFile(`${file}.br`, await brotli(content));
  }
};

const hash = await sourceHash();
const built = await fs.readFile(stamp, 'utf8').catch(() => undefined);
if (process.argv.includes('--force') || built !== hash) {
  // Vite takes process.env.NODE_ENV as it finds it: run from the tests (NODE_ENV=test) it would bundle React's
  // development build.
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(web, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  await precompress();
  await fs.writeFile(stamp, hash);
  console.log('web app built into web/dist');
}
