// The baseline: a bare Fastify hello world (no plugins, no hooks, logger off). The benchmark compares Waymark's
// throughput with this process, measured on the same machine with the same load generator.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const stop = () => {
  app
    .close()
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await app.listen({ port, host });
console.log(JSON.stringify({ msg: 'hello-server listening', url: `http://${host}:${port}/` }));
