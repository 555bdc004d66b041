import { describe, expect, it } from 'vitest';
import { ROADMAP_SECTIONS as API_SECTIONS } from '../../src/modules/feedback/feedback.schemas.ts';
import { ROADMAP_SECTIONS as WEB_SECTIONS, targetLabel } from '../../web/src/sections.ts';

describe('roadmap page sections', () => {
  it('when the web app asks "Was this helpful?" per section, then it names exactly the sections the API accepts', () => {
    expect(WEB_SECTIONS.map(([id]) => id)).toEqual([...API_SECTIONS]);
  });

  it('when a target is shown to editors, then it reads as words, with the names known for it', () => {
    expect(targetLabel('roadmap')).toBe('The whole roadmap');
    expect(targetLabel('section:month-plan')).toBe('Section: Month by month');
    expect(targetLabel('step:http-and-apis')).toBe('Step: http-and-apis');
    expect(targetLabel('hub:git-daily-commands')).toBe('Hub entry: git-daily-commands');
    expect(targetLabel('faq:which-language', { 'faq:which-language': 'Which language?' })).toBe(
      'Question: Which language?',
    );
  });
});
