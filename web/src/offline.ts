// A signed-in learner's changes made without a connection (a step's status, a step's note) are kept in this
// browser and sent when it comes back. Each change is a PUT of the whole new value, so sending it again is harmless,
// and only the latest value per address is kept: nothing is lost, nothing is applied twice, and the last change
// the learner made wins. Entries belong to the account that made them; another account signed in on the same
// browser never sends them.
import { useSyncExternalStore } from 'react';
import { sendQueuedWrite } from './api/client';
import { currentSession, refreshSession, sessionKnown } from './api/session';
import { announce } from './ui/announcer';

interface QueuedWrite {
  userId: string;
  path: string;
  body: unknown;
  queuedAt: string;
}

const KEY = 'waymark.outbox.v1';
const RETRY_MS = 30_000;

const read = (): QueuedWrite[] => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedWrite[]) : [];
  } catch {
    return [];
  }
};
const listeners = new Set<() => void>();
const write = (entries: QueuedWrite[]) => {
  if (entries.length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(entries));
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** How many changes this browser still has to send (any account): the app says so while there are some. */
export const useQueuedWriteCount = () => useSyncExternalStore(subscribe, () => read().length);

/** The statuses queued for a roadmap's steps, to show over what the server last said. */
export const queuedStepStatuses = (userId: string, slug: string) => {
  const prefix = `/v1/me/roadmaps/${encodeURIComponent(slug)}/steps/`;
  const statuses: Record<string, string> = {};
  for (const entry of queuedWrites(userId)) {
    const stepId = entry.path.startsWith(prefix) ? entry.path.slice(prefix.length) : '';
    if (stepId !== '' && !stepId.includes('/'))
      statuses[decodeURIComponent(stepId)] = (entry.body as { status: string }).status;
  }
  return statuses;
};

/** The writes this account still has to send. */
export const queuedWrites = (userId: string) => read().filter((entry) => entry.userId === userId);

/** Keeps a PUT that could not reach the server, replacing an older one to the same address. */
export const queueWrite = (userId: string, path: string, body: unknown) => {
  write([
    ...read().filter((entry) => !(entry.userId === userId && entry.path === path)),
    { userId, path, body, queuedAt: new Date().toISOString() },
  ]);
  scheduleRetry();
};

let flushing: Promise<void> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

const scheduleRetry = () => {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flushQueuedWrites(), RETRY_MS);
};

const sendAll = async () => {
  await sessionKnown();
  // A page opened without a connection could not renew the session and shows the learner signed out: now that the
  // connection is back, renew it (the session cookie is still there) before sending anything.
  if (currentSession().status !== 'signed-in' && read().length > 0) await refreshSession();
  const session = currentSession();
  if (session.status !== 'signed-in') return;
  let sent = 0;
  for (const entry of queuedWrites(session.user.id)) {
    const outcome = await sendQueuedWrite(entry.path, entry.body);
    if (outcome === 'later') return scheduleRetry();
    // Sent, or refused for good (the step left the roadmap, the roadmap was unfollowed): either way it is done.
    // A newer change to the same address made while this one was on its way stays queued.
    write(
      read().filter(
        (kept) => !(kept.userId === entry.userId && kept.path === entry.path && kept.queuedAt === entry.queuedAt),
      ),
    );
    if (outcome === 'sent') sent++;
  }
  if (sent > 0) announce(`Back online: ${sent === 1 ? 'one change' : `${sent} changes`} saved to your account.`);
};

/** Sends what is queued, one write after the other, in the order the learner made them. */
export const flushQueuedWrites = () => {
  flushing ??= sendAll().finally(() => (flushing = undefined));
  return flushing;
};

/** Starts the service worker (pages work offline once visited) and sends queued writes when the connection returns. */
export const startOfflineSupport = () => {
  window.addEventListener('online', () => void flushQueuedWrites());
  void flushQueuedWrites();
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app works as before, online only.
    });
  }
};
