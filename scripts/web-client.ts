// The web app's typed API client is generated from the committed openapi.json, so the app cannot drift from the API
// it calls: `npm run web:client` writes it, and a unit test fails when the committed copy is stale.
import fs from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

export const WEB_CLIENT_SCHEMA = new URL('../web/src/api/schema.d.ts', import.meta.url);
const OPENAPI = new URL('../openapi.json', import.meta.url);

const HEADER = '// Generated from openapi.json by `npm run web:client`. Do not edit.\n';

export const generateWebClientSchema = async () => {
  const document = JSON.parse(await fs.readFile(OPENAPI, 'utf8')) as Parameters<typeof openapiTS>[0];
  return HEADER + astToString(await openapiTS(document));
};
