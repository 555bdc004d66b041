// The signed-in account's settings: profile, sessions, organisation logins, personal access tokens, export, deletion.
import { useId, useMemo, useState } from 'react';
import { api, call, download } from '../api/client';
import { updateUser, useSession } from '../api/session';
import type { Ok, User } from '../api/types';
import { deviceInWords } from '../devices';
import { Link } from '../router';
import { timeZoneChoices } from '../time-zones';
import { announce } from '../ui/announcer';
import { Field, FieldMessage, FormError, SubmitButton, useForm } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Loading, Show, useResource } from '../ui/states';
import { TimeZoneField } from '../ui/TimeZoneField';
import { ChangeEmail, DeleteAccount, useReauthProof } from './AccountConfirm';
import { LinkedLogins, useLinkedLogins } from './AccountLogins';
import { ssoFailureText, useLoginMethods } from './SingleSignOn';

const ProfileForm = ({ user }: { user: User }) => {
  const [weeklyDigest, setWeeklyDigest] = useState(user.weeklyDigest);
  const zones = useMemo(() => timeZoneChoices(user.timeZone), [user.timeZone]);
  const form = useForm({ displayName: user.displayName, timeZone: zones.value }, async (texts) => {
    updateUser(await call(api.PATCH('/v1/me', { body: { ...texts, weeklyDigest } })));
    announce('Profile saved');
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError error={form.error} />
      <p>
        {user.email} ({user.emailVerified ? 'confirmed' : 'not confirmed yet: see the link we mailed you'}) · role:{' '}
        {user.role}
      </p>
      <Field label="Your name" {...form.field('displayName')} />
      <TimeZoneField choices={zones} onPick={(zone) => form.set('timeZone', zone)} {...form.field('timeZone')} />
      <label className="checkbox">
        <input type="checkbox" checked={weeklyDigest} onChange={(e) => setWeeklyDigest(e.target.checked)} /> Send me a
        weekly progress mail on Mondays
      </label>
      <SubmitButton busy={form.busy}>Save profile</SubmitButton>
    </form>
  );
};

const Sessions = () => {
  const { dateTime } = useLearnerTime();
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/sessions')), []);
  const [error, setError] = useState<unknown>();
  const end = (id: string) =>
    call(api.DELETE('/v1/me/sessions/{id}', { params: { path: { id } } })).then(() => {
      announce('Session ended');
      reload();
    }, setError);
  return (
    <Show resource={resource} reload={reload}>
      {({ items }) => (
        <>
          {error !== undefined && <ErrorMessage error={error} />}
          <ul className="plain-list">
            {items.map((session) => {
              const device = deviceInWords(session.userAgent);
              return (
                <li key={session.id}>
                  <strong>{device}</strong>
                  {session.current && <span className="badge badge-accent">This device</span>} ·{' '}
                  {session.ip ?? 'unknown address'} · last used{' '}
                  <time dateTime={session.lastUsedAt}>{dateTime(session.lastUsedAt)}</time>{' '}
                  {!session.current && (
                    <button type="button" className="small" onClick={() => void end(session.id)}>
                      Sign out that device<span className="visually-hidden"> ({device})</span>
                    </button>
                  )}
                  {session.userAgent !== null && (
                    <details className="session-details">
                      <summary>
                        Details<span className="visually-hidden"> of {device}</span>
                      </summary>
                      <code>{session.userAgent}</code>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Show>
  );
};

type Scope = Ok<'/v1/me/tokens'>['items'][number]['scopes'][number];

const Tokens = ({ user }: { user: User }) => {
  const { date } = useLearnerTime();
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/tokens')), []);
  const [created, setCreated] = useState<string>();
  const [revokeError, setRevokeError] = useState<unknown>();
  const scopes: Scope[] = user.role === 'admin' ? ['account:self', 'users:manage', 'audit:read'] : ['account:self'];
  const [chosen, setChosen] = useState<Scope[]>(['account:self']);
  const form = useForm({ name: '', expiresInDays: '30' }, async ({ name, expiresInDays }) => {
    const token = await call(
      api.POST('/v1/me/tokens', { body: { name, scopes: chosen, expiresInDays: Number(expiresInDays) } }),
    );
    setCreated(token.token);
    form.set('name', '');
    announce('Token created. Copy it now: it is shown only once.');
    reload();
  });
  const scopesId = useId();
  const scopesError = form.fieldError('/scopes');
  const revoke = (id: string) =>
    call(api.DELETE('/v1/me/tokens/{id}', { params: { path: { id } } })).then(() => {
      announce('Token revoked');
      reload();
    }, setRevokeError);
  return (
    <>
      <p className="muted">
        For programs and scripts that use the API as you. A token is shown once; Waymark keeps only its hash.
      </p>
      {created && form.error === undefined && (
        <div className="notice" role="status">
          <p>Your new token (copy it now, it will not be shown again):</p>
          <code className="secret">{created}</code>
        </div>
      )}
      <Show resource={resource} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>No tokens yet.</p>
          ) : (
            <ul className="plain-list">
              {items.map((token) => (
                <li key={token.id}>
                  <strong>{token.name}</strong> · {token.scopes.join(', ')} · expires{' '}
                  <time dateTime={token.expiresAt}>{date(token.expiresAt)}</time>
                  {token.lastUsedAt && ` · last used ${date(token.lastUsedAt)}`}{' '}
                  <button type="button" className="small" onClick={() => void revoke(token.id)}>
                    Revoke <span className="visually-hidden">{token.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
      {revokeError !== undefined && <ErrorMessage error={revokeError} />}
      <form onSubmit={form.onSubmit} noValidate>
        <FormError error={form.error} />
        <h3>New token</h3>
        <Field label="What it is for" {...form.field('name')} />
        <Field label="Days until it expires" type="number" min={1} max={365} {...form.field('expiresInDays')} />
        <fieldset aria-describedby={scopesError ? `${scopesId}-error` : undefined}>
          <legend>What it may do</legend>
          {scopes.map((scope) => (
            <label key={scope} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(scope)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, scope] : chosen.filter((s) => s !== scope))}
              />{' '}
              {scope}
            </label>
          ))}
          <FieldMessage id={`${scopesId}-error`} label="What it may do" error={scopesError} />
        </fieldset>
        <SubmitButton busy={form.busy}>Create token</SubmitButton>
      </form>
    </>
  );
};

export const Account = () => {
  usePageTitle('Your account');
  const session = useSession();
  if (session.status === 'checking') return <Loading />;
  if (session.status === 'signed-out')
    return (
      <>
        <h1>Your account</h1>
        <p>
          <Link href="/login?next=/account">Log in</Link> to see your account.
        </p>
      </>
    );
  return <SignedInAccount user={session.user} />;
};

/** A failed confirmation with the provider comes back as /account?sso-error=<code>. */
const ConfirmationFailure = () => {
  const code = new URLSearchParams(window.location.search).get('sso-error');
  if (code === null) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Nothing was confirmed.</strong> {ssoFailureText(code)}
      </p>
    </div>
  );
};

const SignedInAccount = ({ user }: { user: User }) => {
  const [exportError, setExportError] = useState<unknown>();
  const methods = useLoginMethods();
  const logins = useLinkedLogins(methods);
  const proof = useReauthProof();
  const confirmation = { user, passwords: methods.passwords, logins: logins.linked, proof };
  return (
    <>
      <h1>Your account</h1>
      <ConfirmationFailure />
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <ProfileForm user={user} />
      </section>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are logged in</h2>
        <Sessions />
      </section>
      <section className="card" aria-labelledby="email-heading">
        <h2 id="email-heading">Your email address</h2>
        <ChangeEmail {...confirmation} />
      </section>
      <LinkedLogins methods={methods} logins={logins} />
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Personal access tokens</h2>
        <Tokens user={user} />
      </section>
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Your data</h2>
        <button
          type="button"
          onClick={() => {
            setExportError(undefined);
            download('/v1/me/export', 'waymark-account.json').then(() => announce('Export downloaded'), setExportError);
          }}
        >
          Download all your data (JSON)
        </button>
        {exportError !== undefined && <ErrorMessage error={exportError} />}
      </section>
      <section className="card danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <DeleteAccount {...confirmation} />
      </section>
    </>
  );
};
