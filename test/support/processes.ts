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

/** Starts the server and resolves once it logs the address it listens on. */
export const startWaymark = (extra: Record<string, string> = {}) =>
  new Promise<Started>((resolve, reject) => {
    const child = spawn(process.execPath, ['src/main.ts'], { env: baseEnv(extra), stdio: ['ignore', 'pipe', 'pipe'] });
    const logs: string[] = [];
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${logs.join('\n')}`)), 60_000);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (address) {
          clearTimeout(timer);
          resolve({ child, url: address[1]!, logs });
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${logs.join('\n')}`));
    });
  });

export interface StartedWorker {
  child: ChildProcess;
  logs: string[];
}

/** Starts the worker and resolves once it logs that it is running (it logs at info). */
export const startWorker = (extra: Record<string, string> = {}) =>
  new Promise<StartedWorker>((resolve, reject) => {
    const child = spawn(process.execPath, ['src/worker.ts'], {
      env: baseEnv({ ...extra, LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logs: string[] = [];
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${logs.join('\n')}`)), 60_000);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        if (line.includes('"msg":"Waymark worker is running"')) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve({ child, logs });
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${logs.join('\n')}`));
    });
  });

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
