// What a content import does next to the roadmaps editors work on in the app (docs/decisions/0033), on both
// engines: it refuses to make open drafts stale unless forced, and it leaves alone the roadmaps made in the app.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import { StaleDraftsError } from '../../src/modules/content/import-version.repository.ts';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import { copyFixtureContent, type FixtureCopy } from '../support/content-fixture.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher } from '../support/publishing.ts';

let t: TestApp;
let editors: Awaited<ReturnType<typeof publisher>>;
let content: FixtureCopy;
beforeAll(async () => {
  t = await createTestApp();
  editors = await publisher(() => t);
});
afterAll(() => t.close());
beforeEach(async () => {
  content = await copyFixtureContent();
});
afterEach(() => content.cleanup());

const importContent = (options?: { force?: boolean }) => t.container.contentService.importFrom(content.dir, options);

const versionsOf = async (slug: string) =>
  (
    await t.database.db
      .selectFrom('roadmapVersions')
      .select(['number', 'source'])
      .where('roadmapSlug', '=', slug)
      .orderBy('number')
      .execute()
  ).map((version) => `${version.number} ${version.source}`);

const importCount = async () => (await t.database.db.selectFrom('contentImports').select('id').execute()).length;

const changeAlphaStep = (words: string) =>
  content.edit('roadmaps/alpha/steps/a-two.md', (text) => text.replace(/^Queues .*$/m, words));

const refusalOf = async (): Promise<StaleDraftsError> => {
  try {
    await importContent();
  } catch (error) {
    expect(error).toBeInstanceOf(StaleDraftsError);
    return error as StaleDraftsError;
  }
  throw new Error('the import was accepted');
};

describe('open drafts guard the import', () => {
  let draft: Draft;
  beforeAll(async () => {
    await t.container.contentService.importFrom((await copyFixtureContent()).dir);
    draft = await editors.approved('alpha', (doc) => ({ ...doc, title: 'Alpha, as the editors see it' }));
  });

  it('when the import would make a new version of a roadmap with an open draft, then it refuses and writes nothing', async () => {
    await changeAlphaStep('Queues let a worker try a job once more.');
    const versions = await versionsOf('alpha');
    const imports = await importCount();

    const refused = await refusalOf();

    expect(refused.drafts).toEqual([
      {
        roadmap: 'alpha',
        id: draft.id,
        title: 'Alpha, as the editors see it',
        status: 'approved',
        authorName: draft.author!.name,
      },
    ]);
    expect(refused.message).toContain(`roadmap "alpha": draft "Alpha, as the editors see it" by ${draft.author!.name}`);
    expect(refused.message).toContain(draft.id);
    expect(refused.message).toContain('--force');
    expect(await versionsOf('alpha')).toEqual(versions);
    expect(await importCount()).toBe(imports);
    expect((await t.app.inject('/v1/roadmaps/alpha/steps/a-two')).body).not.toContain('once more');
  });

  it('when the import makes no new version of that roadmap, then the draft does not stand in its way', async () => {
    await content.edit('roadmaps/beta/roadmap.yaml', (text) =>
      text.replace('title: Beta roadmap', 'title: Beta, renamed'),
    );

    const summary = await importContent();

    expect(summary.versions.map((version) => version.slug)).toEqual(['beta']);
  });

  it('when forced, then it imports, and publishing the draft afterwards is refused as stale naming basedOn', async () => {
    await changeAlphaStep('Queues let a worker try a job once more.');

    const summary = await importContent({ force: true });

    expect(summary.versions).toContainEqual({ slug: 'alpha', number: 2 });
    expect((await t.app.inject('/v1/roadmaps/alpha/steps/a-two')).body).toContain('once more');
    const published = await editors.publish(await editors.read(draft.id));
    expect(published.statusCode).toBe(409);
    expect(published.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/basedOn');
  });

  it('when the only open draft is stale already, then the next import needs no force', async () => {
    await changeAlphaStep('Queues let a worker try a job a third time.');

    const summary = await importContent();

    expect(summary.versions).toContainEqual({ slug: 'alpha', number: 3 });
  });
});

describe('roadmaps made in the app', () => {
  it('when an import lacks a roadmap made in the app, then it stays published while roadmaps from the files go', async () => {
    const shipped = (await loadContent('content')).roadmaps.map((roadmap) => roadmap.slug);
    await t.container.contentService.importFrom('content');
    const draft = await editors.approvedNew('made-in-the-app', 'backend-developer');
    expect((await editors.publish(draft)).statusCode).toBe(201);
    expect(await versionsOf('made-in-the-app')).toEqual(['1 app']);

    const summary = await importContent();

    expect(summary.roadmaps.archived).toBe(shipped.length);
    expect((await t.app.inject('/v1/roadmaps/made-in-the-app')).statusCode).toBe(200);
    for (const slug of shipped) expect((await t.app.inject(`/v1/roadmaps/${slug}`)).statusCode).toBe(404);
  });
});
