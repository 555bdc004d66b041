import { describe, expect, it } from 'vitest';
import { wilsonLowerBound } from '../../src/modules/feedback/wilson.ts';

// Expected values worked out by hand with z = 1.96 (z² = 3.8415):
// lower = (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
describe('the Wilson lower bound', () => {
  it('when three of three votes are helpful, then the bound is about 0.4385', () => {
    // p = 1: (1 + 0.6402 − 1.96·√(0.1067)) / (1 + 1.2805) = (1.6402 − 0.6403) / 2.2805
    expect(wilsonLowerBound(3, 3)).toBeCloseTo(0.4385, 4);
  });

  it('when 290 of 300 are helpful, then the bound is about 0.9397 and outranks three of three', () => {
    // p = 0.96667: (0.96667 + 0.0064 − 1.96·√(0.00010741 + 0.00001067)) / 1.0128 = (0.97307 − 0.02130) / 1.0128
    expect(wilsonLowerBound(290, 300)).toBeCloseTo(0.9397, 4);
    expect(wilsonLowerBound(290, 300)).toBeGreaterThan(wilsonLowerBound(3, 3));
  });

  it('when one of two is helpful, then the bound is about 0.0945', () => {
    // p = 0.5: (0.5 + 0.9604 − 1.96·√(0.125 + 0.2401)) / (1 + 1.9207) = 0.2761 / 2.9207
    expect(wilsonLowerBound(1, 2)).toBeCloseTo(0.0945, 4);
  });

  it('when there are no votes or none helpful, then the bound is 0', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 5)).toBeCloseTo(0, 10);
  });
});
