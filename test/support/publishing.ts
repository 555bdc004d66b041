// Publishing a changed roadmap through the drafts API, for the tests of what publishing does to learners' progress:
// one editor writes the draft, another approves and publishes it. And the document changes those tests make.
import { expect } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { ChecklistMappingEntry } from '../../src/modules/versions/checklist-mapping.ts';
import type { StepMappingEntry } from '../../src/modules/versions/step-mapping.ts';
import { signUp } from './accounts.ts';
import { draftsClient, MERGE_PATCH } from './drafts.ts';
import type { TestApp } from './harness.ts';

type Doc = Draft['document'];

/** The document with the step's id changed everywhere it is named (tiers, plan, priorities …). */
export const renameStep = (doc: Doc, from: string, to: string): Doc =>
  JSON.parse(JSON.stringify(doc).replaceAll(`"${from}"`, `"${to}"`)) as Doc;

/** The step becomes two: `first` where it was (named as it was), `second` right after it in the same tier. */
export const splitStep = (doc: Doc, id: string, first: string, second: string): Doc => {
  const renamed = renameStep(doc, id, first);
  const at = renamed.steps.findIndex((step) => step.id === first);
  const part = { ...renamed.steps[at]!, id: second, title: `${renamed.steps[at]!.title}, part two` };
  renamed.steps.splice(at + 1, 0, part);
  const tier = renamed.tiers.find((candidate) => candidate.steps.includes(first))!;
  tier.steps.splice(tier.steps.indexOf(first) + 1, 0, second);
  return renamed;
};

/** The document without the step, taken out everywhere it is named. */
export const removeStep = (doc: Doc, id: string): Doc => {
  const without = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.filter((item) => item !== id && (item as { id?: unknown } | null)?.id !== id).map(without)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, without(inner)]))
        : value;
  return without(doc) as Doc;
};

export const publisher = async (t: () => TestApp) => {
  const author = (await signUp(t(), { role: 'editor' })).accessToken;
  const reviewer = (await signUp(t(), { role: 'editor' })).accessToken;
  const { call, startFromPublished, read } = draftsClient(t, () => author);

  /** A draft of `slug` changed by `change`, submitted and approved: ready to publish. */
  const approved = async (slug: string, change: (doc: Doc) => Doc) => {
    const started = await startFromPublished(slug);
    const { slug: _slug, ...sections } = change(started.document);
    const changed = await call('PATCH', `/v1/drafts/${started.id}`, {
      token: author,
      ifMatch: started.etag,
      type: MERGE_PATCH,
      body: sections,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const submitted = await call('POST', `/v1/drafts/${started.id}/submit`, {
      token: author,
      ifMatch: changed.json<Draft>().etag,
    });
    expect(submitted.statusCode).toBe(200);
    const approval = await call('POST', `/v1/drafts/${started.id}/reviews`, {
      token: reviewer,
      body: { kind: 'approved', body: '' },
    });
    expect(approval.statusCode).toBe(201);
    return read(started.id);
  };

  /** A draft of a new roadmap `slug`, copied from `from`, submitted and approved: ready to publish. */
  const approvedNew = async (slug: string, from: string) => {
    const started = await call('POST', '/v1/drafts', { token: author, body: { slug, from: 'roadmap', roadmap: from } });
    expect(started.statusCode, started.body).toBe(201);
    const draft = started.json<Draft>();
    expect(
      (await call('POST', `/v1/drafts/${draft.id}/submit`, { token: author, ifMatch: draft.etag })).statusCode,
    ).toBe(200);
    const approval = await call('POST', `/v1/drafts/${draft.id}/reviews`, {
      token: reviewer,
      body: { kind: 'approved', body: '' },
    });
    expect(approval.statusCode).toBe(201);
    return read(draft.id);
  };

  const publish = (draft: Draft, mapping?: StepMappingEntry[], checklistMapping?: ChecklistMappingEntry[]) =>
    call('POST', `/v1/drafts/${draft.id}/publish`, {
      token: reviewer,
      ifMatch: draft.etag,
      body: {
        notes: 'Steps rearranged',
        ...(mapping === undefined ? {} : { mapping }),
        ...(checklistMapping === undefined ? {} : { checklistMapping }),
      },
    });

  return { approved, approvedNew, publish, read, call };
};
