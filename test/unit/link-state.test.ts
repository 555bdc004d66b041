import { describe, expect, it } from 'vitest';
import { nextLinkState, type LinkState } from '../../src/modules/link-check/link-state.ts';
import type { LinkOutcome } from '../../src/lib/enums.ts';

const HOUR = 3600 * 1000;
const start = new Date('2026-12-01T04:00:00Z');
const at = (hours: number) => new Date(start.getTime() + hours * HOUR);

/** The state after checks with these outcomes at these hours after `start`. */
const after = (checks: [LinkOutcome, number][]) =>
  checks.reduce<LinkState | undefined>(
    (state, [outcome, hours]) => nextLinkState(state, outcome, at(hours)),
    undefined,
  )!;

describe('what the checks of a link add up to', () => {
  it('when a link is checked for the first time and works, then it is ok since then', () => {
    expect(after([['ok', 0]])).toEqual({
      state: 'ok',
      since: at(0),
      checkedAt: at(0),
      consecutiveFailures: 0,
      firstFailedAt: null,
    });
  });

  it('when a link fails once, then it is in error, not dead', () => {
    expect(
      after([
        ['ok', 0],
        ['dead', 24],
      ]),
    ).toMatchObject({ state: 'error', since: at(24), consecutiveFailures: 1 });
  });

  it('when a link fails three times within a few hours, then it is still not dead (not a day yet)', () => {
    const state = after([
      ['dead', 0],
      ['dead', 1],
      ['error', 2],
      ['dead', 3],
    ]);
    expect(state).toMatchObject({ state: 'error', consecutiveFailures: 4, since: at(0), firstFailedAt: at(0) });
  });

  it('when a link fails three times over a day, then it is dead since the third', () => {
    const state = after([
      ['ok', 0],
      ['dead', 24],
      ['error', 36],
      ['dead', 48],
    ]);
    expect(state).toMatchObject({ state: 'dead', since: at(48), consecutiveFailures: 3, firstFailedAt: at(24) });
  });

  it('when a link fails twice over two days, then it is not dead (too few failures)', () => {
    expect(
      after([
        ['dead', 0],
        ['dead', 48],
      ]),
    ).toMatchObject({ state: 'error', consecutiveFailures: 2 });
  });

  it('when a dead link works again, then it is ok at once and the count starts again', () => {
    const state = after([
      ['dead', 0],
      ['dead', 24],
      ['dead', 48],
      ['ok', 72],
    ]);
    expect(state).toMatchObject({ state: 'ok', since: at(72), consecutiveFailures: 0, firstFailedAt: null });
  });

  it('when a failing link answers in between, then the failures before no longer count', () => {
    const state = after([
      ['dead', 0],
      ['dead', 24],
      ['moved', 30],
      ['dead', 48],
    ]);
    expect(state).toMatchObject({ state: 'error', consecutiveFailures: 1, firstFailedAt: at(48) });
  });

  it('when a dead link fails again, then it has been dead since it first was', () => {
    const state = after([
      ['dead', 0],
      ['dead', 24],
      ['dead', 48],
      ['dead', 72],
    ]);
    expect(state).toMatchObject({ state: 'dead', since: at(48), checkedAt: at(72) });
  });
});
