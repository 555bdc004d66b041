// Writing the Resource Hub's entries in the content import's transaction (content-import.repository.ts): upserts by
// id that skip unchanged rows, archiving (never deleting) what the files no longer have, and the step links.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import { hashOf, tally, wasCreated, type ChangeCount } from './upsert-count.ts';
import type { HubEntryContent, ReviewDocument } from './hub-content.schemas.ts';

type Trx = Transaction<Database>;

/** What hub_entries.document holds: the fields only a review has. */
const documentOf = (entry: HubEntryContent): ReviewDocument | Record<string, never> => {
  if (entry.kind !== 'review') return {};
  const { subject, verdict, rating, suits, notFor, strengths, weaknesses, reviewed } = entry;
  return { subject, verdict, rating, suits, ...(notFor === undefined ? {} : { notFor }), strengths, weaknesses, reviewed };
};

const rowOf = (entry: HubEntryContent) => {
  const row = {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    summary: entry.summary,
    level: entry.level,
    topics: entry.topics,
    updated: entry.updated,
    body: entry.body,
    document: JSON.stringify(documentOf(entry)),
  };
  return { ...row, contentHash: hashOf([row, entry.steps]) };
};

export const upsertHubEntries = async (trx: Trx, entries: HubEntryContent[]): Promise<ChangeCount> => {
  let rows: { created: boolean }[] = [];
  if (entries.length > 0) {
    rows = await trx
      .insertInto('hubEntries')
      .values(entries.map(rowOf))
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            title: eb.ref('excluded.title'),
            summary: eb.ref('excluded.summary'),
            level: eb.ref('excluded.level'),
            topics: eb.ref('excluded.topics'),
            updated: eb.ref('excluded.updated'),
            body: eb.ref('excluded.body'),
            document: eb.ref('excluded.document'),
            contentHash: eb.ref('excluded.contentHash'),
            updatedAt: sql<Date>`now()`,
            archivedAt: null,
          }))
          .where((eb) =>
            eb.or([
              eb('hubEntries.contentHash', '!=', eb.ref('excluded.contentHash')),
              eb('hubEntries.archivedAt', 'is not', null),
            ]),
          ),
      )
      .returning(wasCreated)
      .execute();
  }
  let archive = trx
    .updateTable('hubEntries')
    .set({ archivedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
    .where('archivedAt', 'is', null);
  if (entries.length > 0) {
    archive = archive.where(
      'id',
      'not in',
      entries.map((entry) => entry.id),
    );
  }
  const archived = Number((await archive.executeTakeFirst()).numUpdatedRows);

  // The links are the files' to say: written afresh each import (archived entries keep none).
  await trx.deleteFrom('hubEntrySteps').execute();
  const links = entries.flatMap((entry) =>
    entry.steps.map((ref, position) => {
      const [roadmapSlug = '', stepId = ''] = ref.split('/');
      return { entryId: entry.id, roadmapSlug, stepId, position };
    }),
  );
  if (links.length > 0) await trx.insertInto('hubEntrySteps').values(links).execute();
  return tally(rows, archived);
};
