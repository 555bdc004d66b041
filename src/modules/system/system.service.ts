import { pendingMigrations, ping, type Db } from '../../infra/database.ts';
import type { BuildInfo } from '../../infra/build-info.ts';

type Check = { status: 'ok' | 'failing'; detail?: string };

export const createSystemService = ({ db, buildInfo }: { db: Db; buildInfo: BuildInfo }) => {
  let shuttingDown = false;
  return {
    buildInfo: () => buildInfo,

    /** From now on readiness says 503, so load balancers stop sending new requests while the ones in flight finish. */
    beginShutdown() {
      shuttingDown = true;
    },

    /** Ready means: the database answers, every migration this code knows has run, and no shutdown has begun. */
    async readiness() {
      let database: Check = { status: 'ok' };
      let migrations: Check = { status: 'ok' };
      try {
        await ping(db);
        const pending = await pendingMigrations(db);
        if (pending.length > 0) migrations = { status: 'failing', detail: `pending: ${pending.join(', ')}` };
      } catch {
        // The reason goes to the log, not to an unauthenticated caller.
        database = { status: 'failing', detail: 'the database does not answer' };
        migrations = { status: 'failing', detail: 'unknown while the database does not answer' };
      }
      const shutdown: Check | undefined = shuttingDown ? { status: 'failing', detail: 'shutting down' } : undefined;
      const ready = database.status === 'ok' && migrations.status === 'ok' && shutdown === undefined;
      return {
        status: ready ? ('ready' as const) : ('not-ready' as const),
        checks: { database, migrations, ...(shutdown === undefined ? {} : { shutdown }) },
      };
    },
  };
};

export type SystemService = ReturnType<typeof createSystemService>;
