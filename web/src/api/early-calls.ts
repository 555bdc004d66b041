// Calls a page starts before it is shown, kept until the page asks for them. A call someone else started (another
// learner may have logged in in this tab since) or one grown stale is not handed out: the page then calls again.

interface Early<T> {
  userId: string;
  startedAt: number;
  pending: Promise<T>;
}

interface EarlyCallsDeps {
  /** The signed-in learner's id, or undefined when nobody is signed in. */
  signedInUserId: () => string | undefined;
  /** How long a call's answer stays fresh enough to be used. */
  freshForMs: number;
  now?: () => number;
}

export const createEarlyCalls = <T>({ signedInUserId, freshForMs, now = Date.now }: EarlyCallsDeps) => {
  const calls = new Map<string, Early<T>>();
  return {
    /** Keeps a call started for the learner `userId` under `key`, replacing the one kept there before. */
    keep(key: string, userId: string, pending: Promise<T>) {
      // A failure shows when the page uses the call, not as an unhandled rejection before that.
      pending.catch(() => undefined);
      calls.set(key, { userId, startedAt: now(), pending });
    },
    /** The call kept under `key`, once: only to the learner it was started for and only while fresh. */
    take(key: string): Promise<T> | undefined {
      const early = calls.get(key);
      calls.delete(key);
      if (early === undefined || early.userId !== signedInUserId()) return undefined;
      return now() - early.startedAt < freshForMs ? early.pending : undefined;
    },
  };
};
