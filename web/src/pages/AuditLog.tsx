// The admins' audit log: who did what, when, and to whom or what, by name and with links; the ids, the address and
// the browser stay one click away under "Details".
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { deviceInWords } from '../devices';
import { Named } from '../editor';
import { useLearnerTime } from '../ui/learner-time';
import { Show, useResource } from '../ui/states';
import '../styles/editor.css';

type Entry = Ok<'/v1/admin/audit-log'>['items'][number];

const ACTIONS: Record<string, string> = {
  'auth.login_succeeded': 'Logged in',
  'auth.login_failed': 'Failed to log in',
  'auth.account_locked': 'Account locked after failed logins',
  'auth.logout': 'Logged out',
  'auth.session_revoked': 'Signed out a device',
  'auth.refresh_token_reused': 'A used sign-in was tried again (the account was signed out everywhere)',
  'auth.password_reset_requested': 'Asked to reset the password',
  'auth.reauthentication_failed': 'Gave a wrong password to confirm a change',
  'account.registered': 'Signed up',
  'account.register_existing_email': 'Tried to sign up with an address already in use',
  'account.email_verified': 'Confirmed the email address',
  'account.email_change_requested': 'Asked to change the email address',
  'account.email_changed': 'Changed the email address',
  'account.password_changed': 'Changed the password',
  'account.password_reset': 'Reset the password',
  'account.profile_updated': 'Updated the profile',
  'account.deleted': 'Deleted the account',
  'user.role_changed': 'Changed the role',
  'user.disabled': 'Disabled the account',
  'user.enabled': 'Enabled the account',
  'user.admin_created': 'Created an admin',
  'token.created': 'Created a personal access token',
  'token.revoked': 'Revoked a personal access token',
  'feedback.comment_approved': 'Approved a comment',
  'feedback.comment_hidden': 'Hid a comment',
  'feedback.comment_addressed': 'Marked a comment addressed',
  'draft.started': 'Started a roadmap draft',
  'draft.changed': 'Changed a roadmap draft',
  'draft.discarded': 'Discarded a roadmap draft',
  'feedback.comment_deleted': 'Deleted a comment',
  'analytics.recompute_requested': 'Asked for the analytics to be recomputed',
  'links.check_requested': 'Asked for the resource links to be checked',
};

const Actor = ({ entry }: { entry: Entry }) =>
  entry.actor === null ? (
    <span className="muted">{entry.ip === null ? 'The command line' : 'Nobody signed in'}</span>
  ) : (
    <>
      <span className={entry.actor.removed ? 'muted' : undefined}>{entry.actor.name}</span>
      {entry.actor.email !== null && <span className="audit-email">{entry.actor.email}</span>}
    </>
  );

const Subject = ({ entry }: { entry: Entry }) => {
  const { subject } = entry;
  if (subject === null) return <span className="muted">—</span>;
  if (subject.kind === 'account') return <Named named={subject} />;
  return (
    <>
      Comment on <Named named={subject} />
      {subject.roadmap !== null && subject.kind !== 'roadmap' && (
        <>
          {' '}
          in <Named named={subject.roadmap} />
        </>
      )}
    </>
  );
};

const Details = ({ entry }: { entry: Entry }) => (
  <details className="audit-details">
    <summary>
      Details<span className="visually-hidden"> of entry {entry.id}</span>
    </summary>
    <dl>
      <dt>Action</dt>
      <dd>
        <code>{entry.action}</code>
      </dd>
      {entry.actorId !== null && (
        <>
          <dt>By</dt>
          <dd>
            <code>{entry.actorId}</code>
          </dd>
        </>
      )}
      {entry.subjectId !== null && (
        <>
          <dt>Subject</dt>
          <dd>
            <code>{entry.subjectId}</code>
          </dd>
        </>
      )}
      <dt>From</dt>
      <dd>{entry.ip ?? '—'}</dd>
      {entry.userAgent !== null && (
        <>
          <dt>Browser</dt>
          <dd>
            {deviceInWords(entry.userAgent)}
            <code className="audit-agent">{entry.userAgent}</code>
          </dd>
        </>
      )}
    </dl>
  </details>
);

export const AuditLog = () => {
  const [cursor, setCursor] = useState<string>();
  const { dateTime } = useLearnerTime();
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/admin/audit-log', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })),
    [cursor],
  );
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <Show resource={resource} reload={reload}>
        {({ items, nextCursor }) => (
          <>
            <div className="table-scroll">
              <table className="audit-log">
                <caption className="visually-hidden">Audit log, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col">About</th>
                    <th scope="col">More</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time>
                      </td>
                      <td>
                        <Actor entry={entry} />
                      </td>
                      <td>{ACTIONS[entry.action] ?? entry.action}</td>
                      <td>
                        <Subject entry={entry} />
                      </td>
                      <td>
                        <Details entry={entry} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {nextCursor && (
              <button type="button" onClick={() => setCursor(nextCursor)}>
                Older entries
              </button>
            )}
          </>
        )}
      </Show>
    </section>
  );
};
