// The shared resource collection of a content import (content/resources/*.yaml): upserted by id, and what the files
// no longer have archived, never deleted, inside the import's transaction.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';
import type { ResourceContent } from './content.schemas.ts';
import { emptyCount, hashOf, tally, wasCreated, type ChangeCount } from './upsert-count.ts';

type Trx = Transaction<Database>;

/** Upserts the collection and archives the resources it no longer has. */
export const upsertResources = async (trx: Trx, resources: ResourceContent[]): Promise<ChangeCount> => {
  if (resources.length === 0) return emptyCount();
  const rows = await trx
    .insertInto('resources')
    .values(
      resources.map((resource) => ({
        id: resource.id,
        type: resource.type,
        title: resource.title,
        url: resource.url,
        publisher: resource.publisher ?? null,
        description: resource.description,
        free: resource.free,
        topics: resource.topics,
        contentHash: hashOf(resource),
      })),
    )
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          title: eb.ref('excluded.title'),
          url: eb.ref('excluded.url'),
          publisher: eb.ref('excluded.publisher'),
          description: eb.ref('excluded.description'),
          free: eb.ref('excluded.free'),
          topics: eb.ref('excluded.topics'),
          contentHash: eb.ref('excluded.contentHash'),
          updatedAt: sql<Date>`now()`,
          archivedAt: null,
        }))
        .where((eb) =>
          eb.or([
            eb('resources.contentHash', '!=', eb.ref('excluded.contentHash')),
            eb('resources.archivedAt', 'is not', null),
          ]),
        ),
    )
    .returning(wasCreated)
    .execute();
  const archived = await trx
    .updateTable('resources')
    .set({ archivedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
    .where('archivedAt', 'is', null)
    .where(
      'id',
      'not in',
      resources.map((resource) => resource.id),
    )
    .executeTakeFirst();
  return tally(rows, Number(archived.numUpdatedRows));
};
