// The baseline for step writes: a bare Fastify route (no plugins, logger off) that reads one user by primary key
// through a pg pool of the same size as Waymark's. What a request costs when it does one indexed query and nothing
// else; Waymark's step write is measured against it on the same database in the same run.
import Fastify from 'fastify';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl === undefined) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });

const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
  const { rows } = await pool.query('select id, email, role from users where id = $1', [request.params.id]);
  if (rows.length === 0) return reply.code(404).send({ error: 'not found' });
  return rows[0];
});

const stop = () => {
  app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });
console.log(JSON.stringify({ msg: 'pk-select-server listening' }));
