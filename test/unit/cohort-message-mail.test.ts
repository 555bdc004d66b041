// The mail of a mentor's message (decision 0040): the mentor's words reach the learner as written, and cannot
// become markup in the HTML part.
import { describe, expect, it } from 'vitest';
import { renderMail } from '../../src/modules/mail/mail.templates.ts';

const context = { publicUrl: 'https://learn.example.org', organisation: 'Learning Lab' };
const message = {
  template: 'cohort-message' as const,
  to: 'learner@example.org',
  displayName: 'Ada',
  cohortName: 'Spring cohort',
  senderName: 'Grace',
  subject: 'Week two',
  body: 'First paragraph.\n\nSecond <b>paragraph</b>.',
};

describe('the mail of a mentor’s message', () => {
  it('when rendered, then the subject names the cohort and the text carries the body as written', () => {
    const mail = renderMail(message, context);

    expect(mail.subject).toBe('Week two (Spring cohort)');
    expect(mail.text).toContain('Grace, a mentor of your cohort “Spring cohort”, wrote to you:');
    expect(mail.text).toContain('First paragraph.\n\nSecond <b>paragraph</b>.');
  });

  it('when the body holds markup, then the HTML part shows it as text, a paragraph per paragraph', () => {
    const { html } = renderMail(message, context);

    expect(html).toContain('<p>First paragraph.</p>');
    expect(html).toContain('<p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>');
    expect(html).not.toContain('<b>');
  });
});
