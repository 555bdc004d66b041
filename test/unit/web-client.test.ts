import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateWebClientSchema, WEB_CLIENT_SCHEMA } from '../../scripts/web-client.ts';

describe('the web app API client', () => {
  it('when openapi.json changes, then the committed client types must be regenerated (npm run web:client)', async () => {
    const committed = await fs.readFile(WEB_CLIENT_SCHEMA, 'utf8');
    expect(
      committed === (await generateWebClientSchema()),
      'web/src/api/schema.d.ts is stale: run npm run web:client',
    ).toBe(true);
  });
});
