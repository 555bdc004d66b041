// Every mail Waymark sends, as plain text and HTML. Links point at the web app's pages, which call the API.
import type { EndedCredentials } from '../accounts/credentials.ts';

// `displayName` greets the owner of a verified address; the outbox leaves it out of mail to any other address (see
// mail.outbox.ts). Mail to an address nobody has verified yet (the sign-up link, the link to a new address) has none.
export type MailMessage =
  | { template: 'verify-email'; to: string; token: string }
  | { template: 'already-registered'; to: string }
  | { template: 'reset-password'; to: string; displayName?: string; token: string }
  | { template: 'confirm-new-email'; to: string; token: string }
  | { template: 'email-change-requested'; to: string; displayName?: string; newEmail: string }
  // `provider` is the display name of a single sign-on provider (SSO_PROVIDERS).
  | { template: 'confirm-sso-link'; to: string; displayName?: string; provider: string; token: string }
  // `ended` is missing in mails queued before Waymark counted what a change ends.
  | { template: 'password-changed'; to: string; displayName?: string; ended?: EndedCredentials }
  // To an address a mentor typed, which may have no account: no display name, only the cohort's name in quotes.
  | { template: 'cohort-invite'; to: string; cohortName: string; roadmapTitle: string; token: string; days: number }
  // A mentor's message to members of their cohort; `body` is the mentor's Markdown, sent as the text it is.
  | {
      template: 'cohort-message';
      to: string;
      displayName?: string;
      cohortName: string;
      senderName: string;
      subject: string;
      body: string;
    }
  // A mentor's review of, or comment on, a learner's project (decision 0041); `body` is the mentor's Markdown.
  | {
      template: 'submission-reply';
      to: string;
      displayName?: string;
      mentorName: string;
      cohortName: string;
      roadmapSlug: string;
      roadmapTitle: string;
      stepId: string;
      stepTitle: string;
      decision: 'approved' | 'changes_requested' | null;
      body: string;
    }
  // An automatic nudge, written by Waymark on behalf of the cohort (decision 0043); it says how to turn nudges off.
  | {
      template: 'cohort-nudge';
      to: string;
      displayName?: string;
      cohortId: string;
      cohortName: string;
      subject: string;
      body: string;
    }
  | {
      template: 'weekly-digest';
      to: string;
      displayName?: string;
      week: string;
      roadmaps: { title: string; percent: number; stepsDone: number; steps: number; nextStep: string | null }[];
    };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const layout = (organisation: string, paragraphs: string[], link?: { url: string; label: string }) => {
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : []), `— ${organisation}`].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p>— ${escapeHtml(organisation)}</p></body></html>`,
  ].join('\n');
  return { text, html };
};

const greeting = (displayName: string | undefined) => (displayName === undefined ? 'Hello,' : `Hello ${displayName},`);

/** Where mail links point, and whose name the mail goes out under (BRAND_NAME). */
export interface MailContext {
  publicUrl: string;
  organisation: string;
}

export const renderMail = (message: MailMessage, { publicUrl, organisation: org }: MailContext): RenderedMail => {
  const link = (path: string, token: string) => `${publicUrl}${path}?token=${encodeURIComponent(token)}`;
  switch (message.template) {
    case 'verify-email':
      return {
        subject: `Confirm your email address for ${org}`,
        ...layout(
          org,
          ['Hello,', 'Please confirm that this is your email address. The link works once, for 24 hours.'],
          {
            url: link('/verify-email', message.token),
            label: 'Confirm my address',
          },
        ),
      };
    case 'already-registered':
      return {
        subject: `Someone tried to sign up to ${org} with your address`,
        ...layout(org, [
          `Someone (perhaps you) tried to create a ${org} account with this email address, which already has one.`,
          'If it was you, log in instead, or reset your password if you forgot it. If not, you can ignore this mail.',
        ]),
      };
    case 'reset-password':
      return {
        subject: `Reset your ${org} password`,
        ...layout(
          org,
          [
            greeting(message.displayName),
            `Someone asked to reset the password of your ${org} account. The link works once, for 30 minutes.`,
            'If it was not you, ignore this mail: your password stays as it is.',
          ],
          { url: link('/reset-password', message.token), label: 'Choose a new password' },
        ),
      };
    case 'confirm-new-email':
      return {
        subject: `Confirm your new email address for ${org}`,
        ...layout(
          org,
          ['Hello,', `Confirm that ${org} should use this address from now on. The link works once, for 24 hours.`],
          { url: link('/verify-email', message.token), label: 'Use this address' },
        ),
      };
    case 'email-change-requested':
      return {
        subject: `Your ${org} email address is about to change`,
        ...layout(org, [
          greeting(message.displayName),
          `Someone signed in to your account asked to change its email address to ${message.newEmail}.`,
          'If it was not you, change your password now: it ends every session.',
        ]),
      };
    case 'confirm-sso-link':
      return {
        subject: `Link your ${message.provider} login to your ${org} account?`,
        ...layout(
          org,
          [
            greeting(message.displayName),
            `Someone logged in with ${message.provider} using this address, which your ${org} account has. ` +
              `Follow the link to let that ${message.provider} login open your account from now on. It works once, ` +
              'for 24 hours.',
            'If it was not you, ignore this mail: nothing is linked.',
          ],
          { url: link('/sso/confirm-link', message.token), label: `Link ${message.provider}` },
        ),
      };
    case 'weekly-digest':
      return {
        subject: `Your ${org} week (${message.week})`,
        ...layout(
          org,
          [
            greeting(message.displayName),
            ...message.roadmaps.map(
              (roadmap) =>
                `${roadmap.title}: ${roadmap.percent}% done (${roadmap.stepsDone} of ${roadmap.steps} steps). ` +
                (roadmap.nextStep === null ? 'Every step is done. Well done!' : `Next: ${roadmap.nextStep}.`),
            ),
            'You get this because you asked for a weekly digest; turn it off in your profile.',
          ],
          { url: `${publicUrl}/dashboard`, label: 'Open your dashboard' },
        ),
      };
    case 'cohort-invite':
      return {
        subject: `You are invited to a learning cohort on ${org}`,
        ...layout(
          org,
          [
            'Hello,',
            `A mentor on ${org} invites you to the cohort “${message.cohortName}”, which works through the roadmap ` +
              `${message.roadmapTitle} together on a shared schedule.`,
            `If you join, the cohort's mentors see your progress on this roadmap (never your notes), until you leave. ` +
              `The link works once, for ${message.days} days.`,
            'If you do not know what this is about, ignore this mail.',
          ],
          { url: link('/cohort-invite', message.token), label: 'Join the cohort' },
        ),
      };
    case 'cohort-message':
      return {
        subject: `${message.subject} (${message.cohortName})`,
        ...layout(
          org,
          [
            greeting(message.displayName),
            `${message.senderName}, a mentor of your cohort “${message.cohortName}”, wrote to you:`,
            ...message.body.split(/\n{2,}/),
            'You can read your cohorts’ messages on your dashboard too.',
          ],
          { url: `${publicUrl}/`, label: `Open ${org}` },
        ),
      };
    case 'submission-reply':
      return submissionReplyMail(message, publicUrl, org);
    case 'cohort-nudge':
      return {
        subject: message.subject,
        ...layout(
          org,
          [
            greeting(message.displayName),
            ...message.body.split(/\n{2,}/),
            `This is an automatic nudge: the mentors of “${message.cohortName}” asked ${org} to send one now and ` +
              'then. You can turn these nudges off on your cohorts page, after logging in.',
          ],
          { url: `${publicUrl}/cohorts#cohort-${message.cohortId}`, label: 'Turn nudges off or on' },
        ),
      };
    case 'password-changed':
      return {
        subject: `Your ${org} password was changed`,
        ...layout(org, [
          greeting(message.displayName),
          `The password of your ${org} account was just changed, and every session was signed out.`,
          ...(message.ended === undefined ? [] : whatWasEnded(message.ended)),
          'If it was not you, reset your password at once.',
        ]),
      };
  }
};

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What a password change or reset ended, told to the owner so that nothing ends unnoticed. */
const whatWasEnded = (ended: EndedCredentials) => [
  `Signed out: ${counted(ended.sessions, 'session', 'sessions')}.`,
  ...(ended.personalTokens === 0
    ? []
    : [
        `Revoked: ${counted(ended.personalTokens, 'personal access token', 'personal access tokens')}; ` +
          'programs that used them need new ones.',
      ]),
  ...(ended.emailChanges === 0 ? [] : ['The pending change of your email address was cancelled.']),
  ...(ended.mailLinks === 0
    ? []
    : [
        `${counted(ended.mailLinks, 'link', 'links')} from earlier mails (to confirm your address or reset your ` +
          'password) no longer work.',
      ]),
];

const SUBMISSION_REPLY_SUBJECTS = {
  approved: 'Your project was approved',
  changes_requested: 'Changes asked for in your project',
  comment: 'A mentor commented on your project',
} as const;

const submissionReplyMail = (
  message: Extract<MailMessage, { template: 'submission-reply' }>,
  publicUrl: string,
  org: string,
): RenderedMail => {
  const said =
    message.decision === 'approved'
      ? 'approved it'
      : message.decision === 'changes_requested'
        ? 'asked for changes'
        : 'commented on it';
  return {
    subject: `${SUBMISSION_REPLY_SUBJECTS[message.decision ?? 'comment']}: ${message.stepTitle}`,
    ...layout(
      org,
      [
        greeting(message.displayName),
        `You submitted your project for “${message.stepTitle}” (${message.roadmapTitle}). ${message.mentorName}, ` +
          `a mentor of your cohort “${message.cohortName}”, ${said}${message.body === '' ? '.' : ':'}`,
        ...(message.body === '' ? [] : message.body.split(/\n{2,}/)),
      ],
      {
        url: `${publicUrl}/roadmaps/${encodeURIComponent(message.roadmapSlug)}/steps/${encodeURIComponent(message.stepId)}`,
        label: 'Open the step and its review',
      },
    ),
  };
};
