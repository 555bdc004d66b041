// Waymark as real processes: the server (`node src/main.ts`, what `npm start` and the container run), the worker
// (`node src/worker.ts`) and the CLI.
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';

export interface Started {
  child: ChildProcess;
  url: string;
  logs: string[];
}

const baseEnv = (extra: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  HOME: os.homedir(),
  PORT: '0',
  LOG_LEVEL: 'info',
  // On a busy test machine a lagging event loop would shed requests the tests expect answered.
  LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  ...extra,
});

/** Starts `node script` and resolves once a line it logs gives `startedBy` something to return. */
const startUntil = <T>(script: string, env: Record<string, string>, startedBy: (line: string) => T | undefined) =>
  new Promise<{ child: ChildProcess; logs: string[]; started: T }>((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const logs: string[] = [];
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${logs.join('\n')}`)), 60_000);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        const started = startedBy(line);
        if (started !== undefined) {
          clearTimeout(timer);
          resolve({ child, logs, started });
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${logs.join('\n')}`));
    });
  });

/** Starts the server and resolves once it logs the address it listens on. */
export const startWaymark = async (extra: Record<string, string> = {}): Promise<Started> => {
  const { child, logs, started } = await startUntil(
    'src/main.ts',
    baseEnv(extra),
    (line) => /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1],
  );
  return { child, url: started, logs };
};

export interface StartedWorker {
  child: ChildProcess;
  logs: string[];
}

/** Starts the worker and resolves once it logs that it is running (it logs at info). */
export const startWorker = async (extra: Record<string, string> = {}): Promise<StartedWorker> => {
  const { child, logs } = await startUntil('src/worker.ts', baseEnv({ ...extra, LOG_LEVEL: 'info' }), (line) =>
    line.includes('"msg":"Waymark worker is running"') ? true : undefined,
  );
  return { child, logs };
};

export const stopWaymark = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

/** Runs a command to its end and returns its exit code and output. */
export const runWaymark = (args: string[], extra: Record<string, string> = {}, input?: string) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, args, { env: baseEnv(extra) });
    child.stdin.end(input ?? '');
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
