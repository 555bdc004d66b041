// A steady, bounded load on a running Waymark, as visitors make it: a few concurrent loops, each sending a write (a
// feedback vote with a comment no other write has) and a read, then pausing. Every answer is kept with its timing, so
// a test can say what clients saw while a dependency was away. A request that gets no answer within its timeout is
// kept as a hang, not waited for.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface Answer {
  kind: 'write' | 'read' | 'readiness';
  url: string;
  startedAt: number;
  finishedAt: number;
  /** The HTTP status; 0 when no answer came (connection refused or reset, or `hang` below). */
  status: number;
  hang: boolean;
  contentType: string | null;
  retryAfter: string | null;
  /** The comment a write sent, to look for in the database afterwards. */
  comment?: string;
}

// Reads that need the database (the resource list is never cached) and reads that may come from the cache.
const READS = [
  '/v1/resources?limit=5',
  '/v1/feedback/summary?roadmap=backend-developer',
  '/v1/roadmaps/backend-developer',
];

export const startSteadyLoad = (
  baseUrl: string,
  { loops = 3, pauseMs = 50, timeoutMs = 10_000 }: { loops?: number; pauseMs?: number; timeoutMs?: number } = {},
) => {
  const answers: Answer[] = [];
  /** Every comment of this load starts with it. */
  const marker = `steady-load-${randomUUID().slice(0, 8)}`;
  let running = true;
  let sent = 0;

  const call = async (kind: Answer['kind'], path: string, comment?: string) => {
    const startedAt = Date.now();
    const answer: Answer = {
      kind,
      url: path,
      startedAt,
      finishedAt: startedAt,
      status: 0,
      hang: false,
      contentType: null,
      retryAfter: null,
      ...(comment === undefined ? {} : { comment }),
    };
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        signal: AbortSignal.timeout(timeoutMs),
        ...(comment === undefined
          ? {}
          : {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ roadmap: 'backend-developer', helpful: sent % 2 === 0, comment }),
            }),
      });
      await response.arrayBuffer();
      answer.status = response.status;
      answer.contentType = response.headers.get('content-type');
      answer.retryAfter = response.headers.get('retry-after');
    } catch (error) {
      answer.hang = (error as Error).name === 'TimeoutError';
    }
    answer.finishedAt = Date.now();
    answers.push(answer);
    return answer;
  };

  const loop = async () => {
    while (running) {
      sent += 1;
      await call('write', '/v1/feedback', `${marker} comment ${sent}`);
      await call('read', READS[sent % READS.length]!);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  // Readiness as an orchestrator probes it, a few times a second.
  const probe = async () => {
    while (running) {
      await call('readiness', '/readyz');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const clients = [...Array.from({ length: loops }, loop), probe()];

  return {
    answers,
    marker,
    /** Answers to requests sent from `from` on (and before `to`, when given). */
    sentBetween: (from: number, to = Infinity) => answers.filter((a) => a.startedAt >= from && a.startedAt < to),
    /** Waits for the next answer that `matches`, sent after `since`; resolves with it, or undefined after `timeoutMs`. */
    async next(matches: (answer: Answer) => boolean, since: number, timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = answers.find((a) => a.startedAt >= since && matches(a));
        if (found !== undefined) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return undefined;
    },
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
};

export type SteadyLoad = ReturnType<typeof startSteadyLoad>;

/** The comments of one load's marker that reached the database, read with a connection of its own. */
export const storedComments = async (databaseUrl: string, marker: string) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>('select body from feedback_comments where body like $1', [
      `${marker}%`,
    ]);
    return new Set(rows.map((row) => row.body));
  } finally {
    await client.end();
  }
};
