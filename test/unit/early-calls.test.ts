import { describe, expect, it } from 'vitest';
import { createEarlyCalls } from '../../web/src/api/early-calls.ts';

const arrange = (signedIn: string | undefined) => {
  const clock = { now: 1_000, signedIn };
  const calls = createEarlyCalls<string>({
    signedInUserId: () => clock.signedIn,
    freshForMs: 10_000,
    now: () => clock.now,
  });
  return { clock, calls };
};

describe('early calls of the web app', () => {
  it('when the learner it was started for takes a fresh call, then they get it, and only once', async () => {
    const { calls } = arrange('learner-1');
    calls.keep('follows', 'learner-1', Promise.resolve('answer'));

    const first = calls.take('follows');
    const second = calls.take('follows');

    await expect(first).resolves.toBe('answer');
    expect(second).toBeUndefined();
  });

  it('when someone else has logged in since the call started, then it is not handed out', () => {
    const { clock, calls } = arrange('learner-1');
    calls.keep('follows', 'learner-1', Promise.resolve('answer'));
    clock.signedIn = 'learner-2';

    expect(calls.take('follows')).toBeUndefined();
  });

  it('when the call has grown stale, then it is not handed out', () => {
    const { clock, calls } = arrange('learner-1');
    calls.keep('follows', 'learner-1', Promise.resolve('answer'));
    clock.now += 10_000;

    expect(calls.take('follows')).toBeUndefined();
  });

  it('when a kept call fails before the page takes it, then the failure shows to the page that takes it', async () => {
    const { calls } = arrange('learner-1');
    calls.keep('follows', 'learner-1', Promise.reject(new Error('offline')));

    await expect(calls.take('follows')).rejects.toThrow('offline');
  });
});
