import fs from 'node:fs/promises';
import { generateOpenApiDocument, serializeOpenApi } from '../src/openapi.ts';

await fs.writeFile('openapi.json', serializeOpenApi(await generateOpenApiDocument()));
console.log('openapi.json written');
