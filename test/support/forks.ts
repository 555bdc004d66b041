// Calling the forks API as one editor, for the tests of forks (test/integration/fork*.test.ts).
import { expect } from 'vitest';
import type { Fork, ForkProposal, ProposalSummary } from '../../src/modules/forks/forks.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { draftsClient } from './drafts.ts';
import type { TestApp } from './harness.ts';

export const forksClient = (app: () => TestApp, editor: () => string) => {
  const { call } = draftsClient(app, editor);

  /** A fork of `upstream`, made by the editor (and checked to be a 201). */
  const fork = async (upstream: string, slug: string, title?: string) => {
    const response = await call('POST', `/v1/roadmaps/${upstream}/forks`, {
      token: editor(),
      body: title === undefined ? { slug } : { slug, title },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Fork>();
  };

  const readFork = async (slug: string) => (await call('GET', `/v1/forks/${slug}`, { token: editor() })).json<Fork>();

  const changeOverlay = (fork: Fork, overlay: unknown, notes = 'Our own changes') =>
    call('PUT', `/v1/forks/${fork.slug}/overlay`, { token: editor(), ifMatch: fork.etag, body: { overlay, notes } });

  const proposals = async (slug: string) =>
    (await call('GET', `/v1/forks/${slug}/proposals`, { token: editor() })).json<{ items: ProposalSummary[] }>().items;

  const proposal = async (id: string) =>
    (await call('GET', `/v1/fork-proposals/${id}`, { token: editor() })).json<ForkProposal>();

  const accept = (id: string, ifMatch: string, body: unknown = {}) =>
    call('POST', `/v1/fork-proposals/${id}/accept`, { token: editor(), ifMatch, body });

  /** What learners read at /v1/roadmaps/{slug}. */
  const roadmap = async (slug: string) => (await call('GET', `/v1/roadmaps/${slug}`)).json<RoadmapDocument>();

  const versionSources = async (slug: string) =>
    (
      await app()
        .database.db.selectFrom('roadmapVersions')
        .select(['number', 'source'])
        .where('roadmapSlug', '=', slug)
        .orderBy('number')
        .execute()
    ).map((row) => `${row.number}:${row.source}`);

  return { call, fork, readFork, changeOverlay, proposals, proposal, accept, roadmap, versionSources };
};
