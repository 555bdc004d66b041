// The Postman collection keeps pace with the API: every operation in openapi.json has a request there, and every
// request asserts its status. (`npm run postman` runs it against a started Waymark.)
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface PostmanItem {
  name: string;
  item?: PostmanItem[];
  request?: { method: string; url: { path: string[] } };
  event?: { listen: string; script: { exec: string[] } }[];
}

const collection = JSON.parse(await fs.readFile('postman/waymark.postman_collection.json', 'utf8')) as {
  info: { schema: string };
  item: PostmanItem[];
};
const openapi = JSON.parse(await fs.readFile('openapi.json', 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};

const requests = (items: PostmanItem[]): PostmanItem[] =>
  items.flatMap((item) => (item.item !== undefined ? requests(item.item) : [item]));

/** `GET /v1/roadmaps/*`: path parameters ({slug} in OpenAPI, {{roadmapSlug}} in Postman) become `*`. */
const operationKey = (method: string, segments: string[]) =>
  `${method.toUpperCase()} /${segments.map((segment) => (/^\{\{?[^}]+\}?\}$/.test(segment) ? '*' : segment)).join('/')}`;

describe('the Postman collection', () => {
  const all = requests(collection.item);

  it('when it is read, then it is a Postman v2.1 collection', () => {
    expect(collection.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
  });

  it('when compared with openapi.json, then every operation has at least one request', () => {
    const covered = new Set(all.map((item) => operationKey(item.request!.method, item.request!.url.path)));
    const operations = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => operationKey(method, path.split('/').slice(1))),
    );

    expect(operations.length).toBeGreaterThan(40);
    expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it('when a request runs, then its test script asserts the status', () => {
    const unchecked = all.filter(
      (item) =>
        !(item.event ?? []).some(
          (event) => event.listen === 'test' && event.script.exec.some((line) => line.includes('to.have.status(')),
        ),
    );

    expect(unchecked.map((item) => item.name)).toEqual([]);
  });
});
