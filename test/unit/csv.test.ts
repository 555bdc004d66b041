import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { analyticsToCsv } from '../../src/modules/feedback/analytics.service.ts';
import type { Analytics } from '../../src/modules/feedback/feedback.schemas.ts';

describe('a CSV cell', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=cmd', `"'\t=cmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['   =HYPERLINK("http://evil")', `"'   =HYPERLINK(""http://evil"")"`],
    ['\n  @x', `"'\n  @x"`],
    ['-3', `"'-3"`],
  ])('when text is %j, which a spreadsheet would run, then it is prefixed with a quote and quoted', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['a - b = c', 'a - b = c'],
    ['2026-11-02', '2026-11-02'],
    ['', ''],
  ])('when text is %j, which is harmless, then it is kept, quoted only when it must be', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    [-3, '-3'],
    [0.438503, '0.438503'],
    [14400, '14400'],
    [null, ''],
    [undefined, ''],
  ])('when the value is %j, then it is written as it is', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('when rows are written, then they end in CRLF, the header first', () => {
    expect(
      toCsv([
        ['name', 'count'],
        ['=x', -3],
      ]),
    ).toBe(`name,count\r\n"'=x",-3\r\n`);
  });
});

describe('the analytics CSV', () => {
  it('when a target would read as a formula, then it is neutralised while negative figures stay numbers', () => {
    const analytics = {
      roadmap: 'backend-developer',
      helpfulness: [{ target: '=cmd|"/c calc"!A1', helpful: 1, notHelpful: 0, wilsonLowerBound: 0.2 }],
      funnel: {
        followers: 2,
        steps: [{ stepId: 'basics', number: 1, started: 3, finished: 1, dropOffBefore: -1, dropOffWithin: 2 }],
      },
      activeLearners: [],
      stepTime: [],
    } as unknown as Analytics;

    const lines = analyticsToCsv(analytics).split('\r\n');

    expect(lines).toContain(`helpful_votes,"'=cmd|""/c calc""!A1",1`);
    expect(lines).toContain('drop_off_before,step:basics,-1');
  });
});
