import { describe, expect, it } from 'vitest';
import { createPasswordHashing } from '../../src/modules/auth/passwords.ts';
import { ServiceUnavailableError } from '../../src/lib/errors.ts';

/** Work that finishes when the test says so. */
const gate = () => {
  let open = () => {};
  const done = new Promise<void>((resolve) => (open = resolve));
  return { work: () => done, open };
};

describe('the password-hashing line', () => {
  it('when every slot is busy, then work waits in order; when the line is full, then it is refused at once', async () => {
    const hashing = createPasswordHashing({ slots: 1, maxPending: 3 });
    const first = gate();
    const order: string[] = [];

    const running = hashing.inHashSlot(first.work);
    const second = hashing.inHashSlot(async () => void order.push('second'));
    const third = hashing.inHashSlot(async () => void order.push('third'));
    const refused = hashing.inHashSlot(async () => void order.push('refused'));

    await expect(refused).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(refused).rejects.toMatchObject({ status: 503, headers: { 'retry-after': '1' } });
    expect(hashing.pending()).toBe(3);
    expect(order).toEqual([]);
    first.open();
    await Promise.all([running, second, third]);
    expect(order).toEqual(['second', 'third']);
    expect(hashing.pending()).toBe(0);
  });

  it('when work fails, then its slot still passes on', async () => {
    const hashing = createPasswordHashing({ slots: 1, maxPending: 2 });

    const failing = hashing.inHashSlot(() => Promise.reject(new Error('argon2 broke')));
    const next = hashing.inHashSlot(() => Promise.resolve('next ran'));

    await expect(failing).rejects.toThrow('argon2 broke');
    await expect(next).resolves.toBe('next ran');
    expect(hashing.pending()).toBe(0);
  });

  it('when a password is hashed, then it verifies, and a wrong one or a malformed hash does not', async () => {
    const hashing = createPasswordHashing({ slots: 1 });

    const stored = await hashing.hashPassword('a long and unusual passphrase');

    expect(await hashing.verifyPassword(stored, 'a long and unusual passphrase')).toBe(true);
    expect(await hashing.verifyPassword(stored, 'another passphrase')).toBe(false);
    expect(await hashing.verifyPassword('not a hash', 'a long and unusual passphrase')).toBe(false);
  });
});
