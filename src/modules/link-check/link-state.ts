// What the checks of one link add up to (docs/decisions/0030-link-checks.md). A check that finds the page (ok) or
// finds it moved resets the count; a failed one (dead: 404, 410, no such host; error: timeouts, refusals, 5xx,
// blocked addresses, redirect loops) adds to it. A link is called dead — and readers are warned — only after
// DEAD_AFTER_FAILURES failures in a row spread over at least DEAD_AFTER_MS: a server down for one night, or one
// unlucky timeout, warns nobody. Until then a failing link is in state `error`, which editors see.
import type { LinkOutcome } from '../../lib/enums.ts';

export const DEAD_AFTER_FAILURES = 3;
export const DEAD_AFTER_MS = 24 * 60 * 60 * 1000;

export interface LinkState {
  state: LinkOutcome;
  since: Date;
  checkedAt: Date;
  consecutiveFailures: number;
  firstFailedAt: Date | null;
}

export const isFailure = (outcome: LinkOutcome) => outcome === 'dead' || outcome === 'error';

/** The state after a check with `outcome` at `checkedAt`, given the state before (undefined: never checked). */
export const nextLinkState = (previous: LinkState | undefined, outcome: LinkOutcome, checkedAt: Date): LinkState => {
  let state: LinkOutcome;
  let consecutiveFailures = 0;
  let firstFailedAt: Date | null = null;
  if (isFailure(outcome)) {
    consecutiveFailures = (previous?.consecutiveFailures ?? 0) + 1;
    firstFailedAt = previous?.firstFailedAt ?? checkedAt;
    const longEnough = checkedAt.getTime() - firstFailedAt.getTime() >= DEAD_AFTER_MS;
    state = consecutiveFailures >= DEAD_AFTER_FAILURES && longEnough ? 'dead' : 'error';
  } else {
    state = outcome;
  }
  const since = previous !== undefined && previous.state === state ? previous.since : checkedAt;
  return { state, since, checkedAt, consecutiveFailures, firstFailedAt };
};
