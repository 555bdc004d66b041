import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/infra/migrations/index.ts';

const dir = 'src/infra/migrations';
const files = fs
  .readdirSync(dir)
  .filter((file) => /^\d{4}-.+\.ts$/.test(file))
  .sort();
const checksums = JSON.parse(fs.readFileSync(path.join(dir, 'checksums.json'), 'utf8')) as Record<string, string>;
const sha256 = (file: string) =>
  createHash('sha256')
    .update(fs.readFileSync(path.join(dir, file)))
    .digest('hex');

describe('migrations are append-only', () => {
  it('when a recorded migration is compared with its checksum, then it has not been edited', () => {
    for (const [file, checksum] of Object.entries(checksums)) {
      expect(fs.existsSync(path.join(dir, file)), `${file} was deleted`).toBe(true);
      expect(sha256(file), `${file} was edited after it was recorded; add a new migration instead`).toBe(checksum);
    }
  });

  it('when a migration file exists, then it is recorded and registered under its name', () => {
    for (const file of files) {
      expect(checksums[file], `record ${file} in checksums.json`).toBeDefined();
    }
    expect(Object.keys(migrations)).toEqual(files.map((file) => file.replace(/\.ts$/, '')));
  });
});
