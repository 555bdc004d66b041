// The mail of an automatic nudge (decision 0043): it says it is automatic, who asked for it, and links to the page
// where the learner turns nudges off.
import { describe, expect, it } from 'vitest';
import { renderMail } from '../../src/modules/mail/mail.templates.ts';

const context = { publicUrl: 'https://learn.example.org', organisation: 'Learning Lab' };
const message = {
  template: 'cohort-nudge' as const,
  to: 'learner@example.org',
  displayName: 'Ada',
  cohortId: '5b0c3c1e-8f0e-4a43-9d2e-2f0b8f9f6c11',
  cohortName: 'Spring <cohort>',
  subject: '12 days since your last step in Spring <cohort>',
  body: 'First paragraph.\n\nSecond paragraph.',
};

describe('the mail of a nudge', () => {
  it('when rendered, then it says it is automatic and links to turning nudges off', () => {
    const mail = renderMail(message, context);

    expect(mail.subject).toBe('12 days since your last step in Spring <cohort>');
    expect(mail.text).toContain('First paragraph.\n\nSecond paragraph.');
    expect(mail.text).toContain('This is an automatic nudge: the mentors of “Spring <cohort>” asked Learning Lab');
    expect(mail.text).toContain(`https://learn.example.org/cohorts#cohort-${message.cohortId}`);
  });

  it('when the cohort’s name holds markup, then the HTML part shows it as text', () => {
    const { html } = renderMail(message, context);

    expect(html).toContain('Spring &lt;cohort&gt;');
    expect(html).not.toContain('<cohort>');
    expect(html).toContain(`href="https://learn.example.org/cohorts#cohort-${message.cohortId}"`);
  });
});
