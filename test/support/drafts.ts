// Calling the drafts API as one editor, for the tests of drafts (test/integration/drafts*.test.ts).
import { expect } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { TestApp } from './harness.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const JSON_PATCH = 'application/json-patch+json';
export const MERGE_PATCH = 'application/merge-patch+json';

/** `app` and `editor` are read on each call: test files make both in beforeAll. */
export const draftsClient = (app: () => TestApp, editor: () => string) => {
  const call = (
    method: Method,
    url: string,
    options: { token?: string | undefined; body?: unknown; type?: string; ifMatch?: string } = {},
  ) =>
    app().app.inject({
      method,
      url,
      headers: {
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }),
        ...(options.body === undefined ? {} : { 'content-type': options.type ?? 'application/json' }),
      },
      ...(options.body === undefined ? {} : { payload: JSON.stringify(options.body) }),
    });

  /** A draft of a published roadmap, started by the editor (and checked to be a 201). */
  const startFromPublished = async (slug = 'backend-developer') => {
    const response = await call('POST', `/v1/roadmaps/${slug}/drafts`, {
      token: editor(),
      body: { from: 'published' },
    });
    expect(response.statusCode).toBe(201);
    return response.json<Draft>();
  };

  const read = async (id: string) => (await call('GET', `/v1/drafts/${id}`, { token: editor() })).json<Draft>();

  /** The audit entries about one draft, oldest first. */
  const auditOf = (draftId: string) =>
    app()
      .database.db.selectFrom('auditLog')
      .select(['action', 'details'])
      .where((eb) => eb(eb.ref('details', '->>').key('draft'), '=', draftId))
      .orderBy('id')
      .execute();

  return { call, startFromPublished, read, auditOf };
};
