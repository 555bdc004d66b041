// Password storage and rules. argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane), computed on libuv's
// thread pool so the event loop keeps serving; NIST SP 800-63B rules: length, a list of common passwords, nothing
// else (no composition rules, no truncation).
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ServiceUnavailableError } from '../../lib/errors.ts';

// `algorithm: 2` is Algorithm.Argon2id: the package declares it as a const enum, which erasable TypeScript cannot import.
export const ARGON2_PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMETERS.memoryCost},t=${ARGON2_PARAMETERS.timeCost},p=${ARGON2_PARAMETERS.parallelism}$`;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

// About 49,000 passwords seen most often in breaches (zxcvbn-ts's list, MIT). Lower-cased for comparison.
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** NIST asks that Unicode passwords be normalized before hashing, so the same characters always give one password. */
export const normalizePassword = (password: string) => password.normalize('NFKC');

/** Why a password may not be used, or undefined when it may. */
export const passwordProblem = (password: string, email: string): string | undefined => {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lowered = normalized.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'is one of the most common passwords; choose another';
  if (lowered === email.trim().toLowerCase()) return 'must not be your email address';
  return undefined;
};

// At most one hash per core runs at once; the rest wait their turn. libuv's pool has 4 threads, so on a 2-core
// machine a burst of logins ran 4 hashes on 2 cores and starved the event loop that serves everyone else (public
// reads' p99 went from 2 ms to about 80 ms). With one per core: 106 logins/s, reads' p99 14 ms meanwhile (bench/).
// The line is bounded too: beyond `maxPending` hashes running or waiting (about a second of work), a request is
// refused at once with 503 instead of queueing work that nobody may wait for, so a flood of logins or sign-ups
// cannot pile up unbounded work and memory.
const PENDING_PER_SLOT = 64;
const RETRY_AFTER_SECONDS = 1;

export interface PasswordHashingOptions {
  /** Hashes computed at once; default one per core. */
  slots?: number;
  /** Hashes running or waiting at most; default 64 per slot. */
  maxPending?: number;
}

export const createPasswordHashing = ({
  slots = availableParallelism(),
  maxPending = slots * PENDING_PER_SLOT,
}: PasswordHashingOptions = {}) => {
  let running = 0;
  const waiting: (() => void)[] = [];

  /** Runs `work` in a hashing slot, in turn; a ServiceUnavailableError at once when the line is full. */
  const inHashSlot = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running + waiting.length >= maxPending) {
      throw new ServiceUnavailableError(
        'Waymark is busy checking passwords: try again in a moment.',
        RETRY_AFTER_SECONDS,
      );
    }
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next === undefined) running -= 1;
      else next(); // the slot passes straight to the next in line
    }
  };

  const hashPassword = (password: string) => inHashSlot(() => hash(normalizePassword(password), ARGON2_PARAMETERS));

  // Verified against when the account does not exist, so an unknown email costs the same time as a wrong password.
  let dummyHash: Promise<string> | undefined;

  return {
    inHashSlot,
    /** Hashes running or waiting now. */
    pending: () => running + waiting.length,
    hashPassword,
    verifyPassword: (passwordHash: string, password: string) =>
      inHashSlot(async () => {
        try {
          return await verify(passwordHash, normalizePassword(password));
        } catch {
          return false; // a malformed stored hash never lets anyone in
        }
      }),
    dummyPasswordHash: () => {
      if (dummyHash === undefined) {
        dummyHash = hashPassword('waymark-dummy-password-for-timing');
        dummyHash.catch(() => (dummyHash = undefined)); // refused (the line was full): made at the next call
      }
      return dummyHash;
    },
  };
};

export type PasswordHashing = ReturnType<typeof createPasswordHashing>;

/** True when a stored hash was made with other parameters than today's: rehash it at the next login. */
export const needsRehash = (passwordHash: string) => !passwordHash.startsWith(CURRENT_PREFIX);
