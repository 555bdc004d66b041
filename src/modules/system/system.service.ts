import { pendingMigrations, ping, type Db } from '../../infra/database.ts';
import type { BuildInfo } from '../../infra/build-info.ts';

type Check = { status: 'ok' | 'failing'; detail?: string };

/** A database that has not answered `select 1` by then counts as away: readiness answers well within 2 s. */
const READINESS_PING_TIMEOUT_MS = 1000;

export const createSystemService = ({ db, buildInfo }: { db: Db; buildInfo: BuildInfo }) => {
  let shuttingDown = false;
  // Migrations change only with a deployment, and the migrations this code knows never become pending again once
  // applied: the migration table is read until it is current, then never again.
  let migrationsCurrent = false;
  // However often readiness is asked, at most one ping is on its way to the database.
  let pingInFlight: Promise<boolean> | undefined;

  const databaseAnswers = () => {
    pingInFlight ??= new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), READINESS_PING_TIMEOUT_MS);
      ping(db)
        .then(
          () => resolve(true),
          () => resolve(false),
        )
        .finally(() => clearTimeout(timer));
    }).finally(() => {
      pingInFlight = undefined;
    });
    return pingInFlight;
  };

  const migrationCheck = async (): Promise<Check> => {
    if (migrationsCurrent) return { status: 'ok' };
    const pending = await pendingMigrations(db);
    if (pending.length > 0) return { status: 'failing', detail: `pending: ${pending.join(', ')}` };
    migrationsCurrent = true;
    return { status: 'ok' };
  };

  return {
    buildInfo: () => buildInfo,

    /** From now on readiness says 503, so load balancers stop sending new requests while the ones in flight finish. */
    beginShutdown() {
      shuttingDown = true;
    },

    /** Ready means: the database answers, every migration this code knows has run, and no shutdown has begun. */
    async readiness() {
      let database: Check = { status: 'ok' };
      let migrations: Check;
      try {
        if (!(await databaseAnswers())) throw new Error('the database does not answer');
        migrations = await migrationCheck();
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
