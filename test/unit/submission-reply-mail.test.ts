// The mail that tells a learner what a mentor said of their project (decision 0041): the subject says the decision,
// the mentor's words arrive as written and cannot become markup, and the link opens the step with its thread.
import { describe, expect, it } from 'vitest';
import { renderMail } from '../../src/modules/mail/mail.templates.ts';

const context = { publicUrl: 'https://learn.example.org', organisation: 'Learning Lab' };
const reply = {
  template: 'submission-reply' as const,
  to: 'learner@example.org',
  displayName: 'Ada',
  mentorName: 'Grace',
  cohortName: 'Spring cohort',
  roadmapSlug: 'backend-developer',
  roadmapTitle: 'Backend Developer',
  stepId: 'http-basics',
  stepTitle: 'HTTP basics',
  decision: 'changes_requested' as const,
  body: 'Add tests.\n\nAnd a <b>README</b>.',
};

describe('the mail of a mentor’s review', () => {
  it('when changes are asked for, then the subject says so and the text carries the comment and the step’s link', () => {
    const mail = renderMail(reply, context);

    expect(mail.subject).toBe('Changes asked for in your project: HTTP basics');
    expect(mail.text).toContain('Grace, a mentor of your cohort “Spring cohort”, asked for changes:');
    expect(mail.text).toContain('Add tests.\n\nAnd a <b>README</b>.');
    expect(mail.text).toContain('https://learn.example.org/roadmaps/backend-developer/steps/http-basics');
  });

  it('when the comment holds markup, then the HTML part shows it as text', () => {
    const { html } = renderMail(reply, context);

    expect(html).toContain('<p>And a &lt;b&gt;README&lt;/b&gt;.</p>');
    expect(html).not.toContain('<b>');
  });

  it('when a project is approved without a comment, then the mail says so in one sentence', () => {
    const mail = renderMail({ ...reply, decision: 'approved', body: '' }, context);

    expect(mail.subject).toBe('Your project was approved: HTTP basics');
    expect(mail.text).toContain('“Spring cohort”, approved it.');
  });
});
