// Exporting one roadmap as content files (docs/decisions/0035), through HTTP and the service, on a real database (both
// engines): a roadmap edited in the app, a draft and a new roadmap export to files that load with the loader, and
// that, put into the shipped content folder and imported into a fresh database, make what learners saw in the app.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { ContentFile } from '../../src/modules/content/content-export.ts';
import { writeContentFiles } from '../../src/modules/content/content-export.ts';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import { createContentRepository } from '../../src/modules/content/content.repository.ts';
import { RoadmapFile } from '../../src/modules/content/content.schemas.ts';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { draftsClient, MERGE_PATCH } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher } from '../support/publishing.ts';

type Doc = Draft['document'];

let t: TestApp;
let editor: string;
let reviewer: string;
let learner: string;
let publishing: Awaited<ReturnType<typeof publisher>>;
const folders: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  publishing = await publisher(() => t);
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  reviewer = (await signUp(t, { role: 'editor' })).accessToken;
  learner = (await signUp(t)).accessToken;
});
afterAll(async () => {
  await t.close();
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

const { call, startFromPublished, read } = draftsClient(
  () => t,
  () => editor,
);

const tempFolder = async () => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-export-'));
  folders.push(folder);
  return folder;
};

const exported = async (url: string) => {
  const response = await call('GET', url, { token: editor });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ files: ContentFile[] }>().files;
};

/** The shipped content folder with the exported roadmap's folder in place of its own: what a commit of it holds. */
const shippedContentWith = async (files: ContentFile[], slug: string) => {
  const folder = await tempFolder();
  await fs.cp('content', folder, { recursive: true });
  await fs.rm(path.join(folder, 'roadmaps', slug), { recursive: true, force: true });
  await writeContentFiles(
    path.join(folder, 'roadmaps', slug),
    files
      .filter((file) => file.path.startsWith(`roadmaps/${slug}/`))
      .map((file) => ({ ...file, path: file.path.slice(`roadmaps/${slug}/`.length) })),
  );
  return folder;
};

/** The public document as a fresh database (the shipped content imported) serves it after importing `folder`. */
const importedIntoFreshDatabase = async (folder: string, slug: string) => {
  const fresh = await createTestApp({ jobs: false });
  try {
    const summary = await fresh.container.contentService.importFrom(folder);
    const response = await fresh.app.inject(`/v1/roadmaps/${slug}`);
    expect(response.statusCode).toBe(200);
    const latest = await fresh.database.db
      .selectFrom('roadmapVersions')
      .select('notes')
      .where('roadmapSlug', '=', slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    return { summary, document: response.json<RoadmapDocument>(), notes: latest.notes };
  } finally {
    await fresh.close();
  }
};

const versionsOf = (slug: string) =>
  t.database.db
    .selectFrom('roadmapVersions')
    .select(['number', 'contentHash'])
    .where('roadmapSlug', '=', slug)
    .orderBy('number')
    .execute();

/** When a file was written is the one thing a second database cannot repeat. */
const withoutWriteTimes = ({ updatedAt: _updatedAt, version, ...document }: RoadmapDocument) => ({
  ...document,
  version: version === null ? null : { number: version.number },
});

/**
 * The app's edit: a step's body, a new step with resources, the month plan and the FAQ. The new step's id is the
 * test's own: a step another roadmap shares shows on both, and a fresh database has only the shipped roadmaps.
 */
const editedInTheApp = (doc: Doc, newStepId = 'how-browsers-call-your-api'): Doc => {
  const [first, ...rest] = doc.steps;
  const newStep = {
    id: newStepId,
    title: 'How browsers call your API',
    summary: 'What a browser does before and while it calls your API, and what that asks of your server.',
    topics: ['http', 'cors'],
    estimatedHours: 6,
    resources: ['web-dev-how-browsers-work', 'openapi-specification'],
    body: '## Why it matters\n\nMost APIs answer **browsers**. Knowing what a browser sends saves you hours.',
  };
  const tiers = doc.tiers.map((tier, index) => (index === 0 ? { ...tier, steps: [...tier.steps, newStep.id] } : tier));
  const [month, ...months] = doc.plan.months;
  return {
    ...doc,
    steps: [{ ...first!, body: `${first!.body}\n\nOne more paragraph, written in the app.` }, ...rest, newStep],
    tiers,
    plan: {
      ...doc.plan,
      months: [{ ...month!, title: 'Month one, replanned', steps: [...month!.steps, newStep.id] }, ...months],
    },
    faq: [...doc.faq, { id: 'can-i-skip-ahead', question: 'Can I skip ahead?', answer: 'Yes, when you know a step.' }],
  };
};

describe('a roadmap edited in the app', () => {
  let files: ContentFile[];
  beforeAll(async () => {
    const approved = await publishing.approved('backend-developer', editedInTheApp);
    expect((await publishing.publish(approved)).statusCode).toBe(201);
    files = await exported('/v1/roadmaps/backend-developer/export');
  });

  it('when it is exported, then the files are its folder and the resources it links, sorted by path', async () => {
    const paths = files.map((file) => file.path);

    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('roadmaps/backend-developer/roadmap.yaml');
    expect(paths).toContain('roadmaps/backend-developer/steps/how-browsers-call-your-api.md');
    expect(paths).toContain('resources/resources.yaml');
    expect(
      paths.filter((p) => !p.startsWith('roadmaps/backend-developer/') && p !== 'resources/resources.yaml'),
    ).toEqual([]);
    expect(files.find((file) => file.path === 'resources/resources.yaml')!.content).toContain(
      'web-dev-how-browsers-work',
    );
  });

  it('when it is exported, then roadmap.yaml lists its fields in the documented order, as the shipped file does', async () => {
    const keysOf = (text: string) => Object.keys(YAML.parse(text) as object);
    const shipped = await fs.readFile('content/roadmaps/backend-developer/roadmap.yaml', 'utf8');

    const roadmapYaml = files.find((file) => file.path === 'roadmaps/backend-developer/roadmap.yaml')!.content;

    expect(keysOf(roadmapYaml)).toEqual(
      Object.keys(RoadmapFile.properties).filter((key) => key in YAML.parse(roadmapYaml)),
    );
    // The shipped file has neither: the license is the default there, and it carries no change notes.
    expect(keysOf(roadmapYaml).filter((key) => key !== 'license' && key !== 'changes')).toEqual(keysOf(shipped));
  });

  it('when the API exports it, then the files equal what the service writes for the command line', async () => {
    const folder = await tempFolder();
    await writeContentFiles(folder, await t.container.contentService.roadmapFiles('backend-developer'));

    const written = await loadContent(folder);
    const texts = await Promise.all(
      files.map(async (file) => ({
        path: file.path,
        content: await fs.readFile(path.join(folder, file.path), 'utf8'),
      })),
    );
    expect(texts).toEqual(files);
    expect(written.roadmaps.map((roadmap) => roadmap.slug)).toEqual(['backend-developer']);
  });

  it('when the files are loaded, then they are the published roadmap with the edit in it, and its notes as changes:', async () => {
    const folder = await tempFolder();
    await writeContentFiles(folder, files);

    const [roadmap] = (await loadContent(folder)).roadmaps;
    const published = await createContentRepository(t.database.db).readRoadmap('backend-developer');
    // The version's notes (decision 0044), so an import elsewhere numbers it with them.
    expect(roadmap).toEqual({ ...published!.content, changes: 'Steps rearranged' });
    expect(roadmap!.steps.find((step) => step.id === 'how-browsers-call-your-api')!.resources).toEqual([
      'web-dev-how-browsers-work',
      'openapi-specification',
    ]);
    expect(roadmap!.plan.months[0]!.title).toBe('Month one, replanned');
  });

  it('when they are imported into a fresh database, then learners get the same roadmap there', async () => {
    const here = (await t.app.inject('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();

    const there = await importedIntoFreshDatabase(
      await shippedContentWith(files, 'backend-developer'),
      'backend-developer',
    );

    expect(there.summary.versions).toEqual([{ slug: 'backend-developer', number: 2 }]);
    expect(withoutWriteTimes(there.document)).toEqual(withoutWriteTimes(here));
    expect(there.notes).toBe('Steps rearranged');
  });

  it('when they are imported into the same database again, then no version is made', async () => {
    const versionsBefore = await versionsOf('backend-developer');

    const summary = await t.container.contentService.importFrom(await shippedContentWith(files, 'backend-developer'));

    expect(summary.versions).toEqual([]);
    const versionsAfter = await versionsOf('backend-developer');
    expect(versionsAfter).toEqual(versionsBefore);
    expect(versionsAfter.map((version) => version.number)).toEqual([1, 2]);
  });
});

describe('a draft', () => {
  it('when a draft is exported, then its files load back as its document and import as its preview', async () => {
    const started = await startFromPublished('frontend-developer');
    const { slug: _slug, ...sections } = editedInTheApp(started.document, 'what-a-browser-sends');
    const changed = await call('PATCH', `/v1/drafts/${started.id}`, {
      token: editor,
      ifMatch: started.etag,
      type: MERGE_PATCH,
      body: sections,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const draft = changed.json<Draft>();
    const folder = await tempFolder();

    const files = await exported(`/v1/drafts/${draft.id}/export`);
    await writeContentFiles(folder, files);

    // The loader puts the steps in the tiers' order; the order of a draft's steps list carries no meaning.
    const inTierOrder = draft.document.tiers.flatMap((tier) =>
      tier.steps.map((id) => draft.document.steps.find((step) => step.id === id)!),
    );
    expect((await loadContent(folder)).roadmaps).toEqual([{ ...draft.document, steps: inTierOrder }]);
    expect(files).toEqual(await t.container.draftsService.exportFiles(draft.id));
    const preview = (await call('GET', `/v1/drafts/${draft.id}/preview`, { token: editor })).json<RoadmapDocument>();
    const there = await importedIntoFreshDatabase(
      await shippedContentWith(files, 'frontend-developer'),
      'frontend-developer',
    );
    expect({ ...withoutWriteTimes(there.document), version: null }).toEqual(withoutWriteTimes(preview));
  });

  it('when a new roadmap is started as a draft and published in the app, then it exports and imports the same', async () => {
    const started = await call('POST', '/v1/drafts', { token: editor, body: { slug: 'api-designer', from: 'empty' } });
    expect(started.statusCode, started.body).toBe(201);
    const draft = started.json<Draft>();
    const submitted = await call('POST', `/v1/drafts/${draft.id}/submit`, { token: editor, ifMatch: draft.etag });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const approval = await call('POST', `/v1/drafts/${draft.id}/reviews`, {
      token: reviewer,
      body: { kind: 'approved', body: '' },
    });
    expect(approval.statusCode, approval.body).toBe(201);
    const published = await call('POST', `/v1/drafts/${draft.id}/publish`, {
      token: reviewer,
      ifMatch: (await read(draft.id)).etag,
      body: { notes: 'A new roadmap' },
    });
    expect(published.statusCode, published.body).toBe(201);
    const here = (await t.app.inject('/v1/roadmaps/api-designer')).json<RoadmapDocument>();

    const files = await exported('/v1/roadmaps/api-designer/export');
    const there = await importedIntoFreshDatabase(await shippedContentWith(files, 'api-designer'), 'api-designer');

    expect(there.summary.versions).toEqual([{ slug: 'api-designer', number: 1 }]);
    expect(withoutWriteTimes(there.document)).toEqual(withoutWriteTimes(here));
  });
});

describe('who may export, and what', () => {
  const routes = ['/v1/roadmaps/backend-developer/export', '/v1/drafts/00000000-0000-4000-8000-000000000000/export'];

  it('when nobody is signed in, then both exports answer 401', async () => {
    for (const url of routes) expect((await call('GET', url)).statusCode).toBe(401);
  });

  it('when a learner asks, then both exports answer 403', async () => {
    for (const url of routes) expect((await call('GET', url, { token: learner })).statusCode).toBe(403);
  });

  it('when the roadmap or the draft does not exist, then the export answers 404', async () => {
    for (const url of ['/v1/roadmaps/no-such-roadmap/export', routes[1]!]) {
      const response = await call('GET', url, { token: editor });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('when the draft id is not a UUID, then the export answers 400 naming it', async () => {
    const response = await call('GET', '/v1/drafts/not-a-draft/export', { token: editor });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('/id');
  });

  it('when the target folder is not empty, then nothing is written into it', async () => {
    const folder = await tempFolder();
    await fs.writeFile(path.join(folder, 'notes.txt'), 'mine');

    await expect(
      writeContentFiles(folder, await t.container.contentService.roadmapFiles('devops-engineer')),
    ).rejects.toThrow(/is not empty/);
    await expect(t.container.contentService.exportTo(folder)).rejects.toThrow(/is not empty/);
    expect(await fs.readdir(folder)).toEqual(['notes.txt']);
  });
});
