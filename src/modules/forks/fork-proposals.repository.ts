// Proposals to forks, written where versions are numbered (versions.repository.ts insertVersionIfChanged), so every
// way a roadmap gets a new version (an app publish, a content import, a fork's own publish) proposes it to the forks
// that follow it, in the same transaction. A fork has at most one open proposal: the newest supersedes the others.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../infra/database.types.ts';

export const proposeToForks = async (trx: Transaction<Database>, upstreamSlug: string, number: number) => {
  await trx
    .updateTable('forkProposals')
    .set({ status: 'superseded', decidedAt: sql<Date>`now()` })
    .where('status', '=', 'open')
    .where('forkSlug', 'in', (eb) =>
      eb.selectFrom('roadmapForks').select('slug').where('upstreamSlug', '=', upstreamSlug),
    )
    .execute();
  await trx
    .insertInto('forkProposals')
    .columns(['forkSlug', 'fromVersion', 'toVersion'])
    .expression((eb) =>
      eb
        .selectFrom('roadmapForks')
        .select(['slug', 'upstreamVersion', sql.lit(number).as('toVersion')])
        .where('upstreamSlug', '=', upstreamSlug)
        .where('upstreamVersion', '<', number),
    )
    .execute();
};
