import { describe, expect, it } from 'vitest';
import { progressToCsv, type ProgressExportForCsv } from '../../src/modules/progress/progress-csv.ts';

const HEADER = 'roadmap,step_id,step_title,status,status_updated_at,note';

const exported = (roadmaps: ProgressExportForCsv['roadmaps']): ProgressExportForCsv => ({ roadmaps });

describe('the progress CSV', () => {
  it('when nothing was tracked, then it is the header alone', () => {
    expect(progressToCsv(exported([]))).toBe(`${HEADER}\r\n`);
  });

  it('when a step has a status and a note, then they share one row; a note alone gets a row of its own', () => {
    const csv = progressToCsv(
      exported([
        {
          slug: 'backend-developer',
          steps: [{ stepId: 'basics', title: 'Basics', status: 'done', updatedAt: '2026-11-25T10:00:00.000Z' }],
          notes: [
            { stepId: 'basics', body: 'read it twice' },
            { stepId: 'http', body: 'start here' },
          ],
        },
      ]),
    );

    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'backend-developer,basics,Basics,done,2026-11-25T10:00:00.000Z,read it twice',
      'backend-developer,http,,,,start here',
      '',
    ]);
  });

  it('when a note holds commas, quotes and line breaks, then the cell is quoted and its quotes doubled', () => {
    const csv = progressToCsv(
      exported([
        { slug: 'backend-developer', steps: [], notes: [{ stepId: 'sql', body: 'joins, "left"\nand right' }] },
      ]),
    );

    expect(csv).toBe(`${HEADER}\r\nbackend-developer,sql,,,,"joins, ""left""\nand right"\r\n`);
  });

  it('when a note or a title would run as a formula, then it is neutralised with a leading quote', () => {
    const csv = progressToCsv(
      exported([
        {
          slug: 'backend-developer',
          steps: [{ stepId: 'x', title: '@SUM(A1)', status: 'todo', updatedAt: '2026-11-25T10:00:00.000Z' }],
          notes: [{ stepId: 'x', body: '=HYPERLINK("http://evil")' }],
        },
      ]),
    );

    expect(csv.split('\r\n')[1]).toBe(
      `backend-developer,x,"'@SUM(A1)",todo,2026-11-25T10:00:00.000Z,"'=HYPERLINK(""http://evil"")"`,
    );
  });

  it('when a step is no longer in the roadmap, then its title is empty rather than missing a column', () => {
    const csv = progressToCsv(
      exported([
        {
          slug: 'backend-developer',
          steps: [{ stepId: 'gone', title: null, status: 'done', updatedAt: '2026-11-25T10:00:00.000Z' }],
          notes: [],
        },
      ]),
    );

    expect(csv.split('\r\n')[1]).toBe('backend-developer,gone,,done,2026-11-25T10:00:00.000Z,');
  });
});
