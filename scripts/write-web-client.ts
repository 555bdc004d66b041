import fs from 'node:fs/promises';
import { generateWebClientSchema, WEB_CLIENT_SCHEMA } from './web-client.ts';

await fs.writeFile(WEB_CLIENT_SCHEMA, await generateWebClientSchema());
console.log('web/src/api/schema.d.ts written');
