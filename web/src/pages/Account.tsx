// Account pages: sign up, log in, the links Waymark mails (verify, reset), and the signed-in account settings
// (profile, sessions, personal access tokens, export, deletion).
import { useEffect, useState } from 'react';
import { api, call, download } from '../api/client';
import { logIn, logOut, refreshSession, updateUser, useSession } from '../api/session';
import type { Ok, User } from '../api/types';
import { mergeGuestProgress } from '../guest';
import { Link, navigate, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { Field, FormError, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Loading, Show, useResource } from '../ui/states';

/** After logging in: bring in what the visitor tracked as a guest, then go on. */
const afterSignIn = async (next: string) => {
  const merged = await mergeGuestProgress();
  announce(
    merged > 0 ? `Logged in. ${merged} progress entries from this browser were added to your account.` : 'Logged in',
  );
  navigate(next);
};

export const LogIn = () => {
  usePageTitle('Log in');
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await logIn(email, password);
    await afterSignIn(query.get('next') ?? '/dashboard');
  });
  return (
    <div className="narrow">
      <h1>Log in</h1>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('/email')}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('/password')}
          required
        />
        <FormError error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link> · New here? <Link href="/signup">Sign up</Link>
      </p>
    </div>
  );
};

export const SignUp = () => {
  usePageTitle('Sign up');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await call(api.POST('/v1/auth/register', { body: { email, password, displayName } }));
    await logIn(email, password);
    await afterSignIn('/dashboard');
  });
  return (
    <div className="narrow">
      <h1>Sign up</h1>
      <p>Free. Progress you marked in this browser comes along. We send a link to confirm your address.</p>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Your name"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldError('/displayName')}
          required
        />
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('/email')}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters. Common passwords are refused."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('/password')}
          required
        />
        <FormError error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating your account…' : 'Sign up'}
        </button>
      </form>
      <p>
        Already have an account? <Link href="/login">Log in</Link>
      </p>
    </div>
  );
};

// Each link works once: a second call for the same token (React runs effects twice in development) reuses the first.
const verifications = new Map<string, Promise<unknown>>();
const verifyOnce = (token: string) => {
  let pending = verifications.get(token);
  if (pending === undefined) {
    pending = call(api.POST('/v1/auth/verify-email', { body: { token } }));
    verifications.set(token, pending);
  }
  return pending;
};

export const VerifyEmail = () => {
  usePageTitle('Confirm your address');
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [state, setState] = useState<
    { status: 'working' } | { status: 'done'; signedIn: boolean } | { status: 'failed'; error: unknown }
  >({ status: 'working' });
  useEffect(() => {
    verifyOnce(token).then(
      async () => {
        // Confirming a new account's address ends all its sessions (someone else may have signed up with it), so
        // ask whether this browser is still signed in.
        const signedIn = await refreshSession();
        setState({ status: 'done', signedIn });
        announce(signedIn ? 'Address confirmed' : 'Address confirmed. Log in again.');
      },
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, [token]);
  return (
    <div className="narrow">
      <h1>Confirm your address</h1>
      {state.status === 'working' && <Loading label="Confirming…" />}
      {state.status === 'done' &&
        (state.signedIn ? (
          <p role="status">
            Your address is confirmed. <Link href="/dashboard">Go to your dashboard</Link>
          </p>
        ) : (
          <p role="status">
            Your address is confirmed. For your safety, every session of this account was signed out:{' '}
            <Link href="/login?next=/dashboard">log in again</Link>.
          </p>
        ))}
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
    </div>
  );
};

export const ForgotPassword = () => {
  usePageTitle('Forgot your password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await call(api.POST('/v1/auth/forgot-password', { body: { email } }));
    setSent(true);
    announce('If this address has an account, a reset link is on its way.');
  });
  return (
    <div className="narrow">
      <h1>Forgot your password</h1>
      {sent ? (
        <p role="status">
          If this address has an account, a link to choose a new password is on its way. It works for 30 minutes.
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Field
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError('/email')}
            required
          />
          <FormError error={error} />
          <button type="submit" disabled={busy}>
            Send me a link
          </button>
        </form>
      )}
    </div>
  );
};

export const ResetPassword = () => {
  usePageTitle('Choose a new password');
  const { query } = useLocation();
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await call(api.POST('/v1/auth/reset-password', { body: { token: query.get('token') ?? '', newPassword } }));
    setDone(true);
    announce('Password changed. Log in with your new password.');
  });
  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {done ? (
        <p role="status">
          Your password is changed and every session ended. <Link href="/login">Log in</Link>
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Field
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters."
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            error={fieldError('/newPassword')}
            required
          />
          <FormError error={error} />
          <button type="submit" disabled={busy}>
            Set password
          </button>
        </form>
      )}
    </div>
  );
};

const ProfileForm = ({ user }: { user: User }) => {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [weeklyDigest, setWeeklyDigest] = useState(user.weeklyDigest);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    updateUser(await call(api.PATCH('/v1/me', { body: { displayName, timeZone, weeklyDigest } })));
    announce('Profile saved');
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>
        {user.email} ({user.emailVerified ? 'confirmed' : 'not confirmed yet: see the link we mailed you'}) · role:{' '}
        {user.role}
      </p>
      <Field
        label="Your name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={fieldError('/displayName')}
      />
      <Field
        label="Time zone"
        hint="Days (for your streak) are counted in it, e.g. Europe/Berlin."
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value)}
        error={fieldError('/timeZone')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={weeklyDigest} onChange={(e) => setWeeklyDigest(e.target.checked)} /> Send me a
        weekly progress mail on Mondays
      </label>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        Save profile
      </button>
    </form>
  );
};

const Sessions = () => {
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
            {items.map((session) => (
              <li key={session.id}>
                {session.userAgent ?? 'Unknown device'} · {session.ip ?? 'unknown address'} · last used{' '}
                {new Date(session.lastUsedAt).toLocaleString()}
                {session.current ? (
                  <strong> (this browser)</strong>
                ) : (
                  <button type="button" className="small" onClick={() => void end(session.id)}>
                    Sign out that device
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Show>
  );
};

type Scope = Ok<'/v1/me/tokens'>['items'][number]['scopes'][number];

const Tokens = ({ user }: { user: User }) => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/tokens')), []);
  const [name, setName] = useState('');
  const [days, setDays] = useState('30');
  const [created, setCreated] = useState<string>();
  const [revokeError, setRevokeError] = useState<unknown>();
  const scopes: Scope[] = user.role === 'admin' ? ['account:self', 'users:manage', 'audit:read'] : ['account:self'];
  const [chosen, setChosen] = useState<Scope[]>(['account:self']);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    const token = await call(
      api.POST('/v1/me/tokens', { body: { name, scopes: chosen, expiresInDays: Number(days) } }),
    );
    setCreated(token.token);
    setName('');
    announce('Token created. Copy it now: it is shown only once.');
    reload();
  });
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
      {created && (
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
                  {new Date(token.expiresAt).toLocaleDateString()}
                  {token.lastUsedAt && ` · last used ${new Date(token.lastUsedAt).toLocaleDateString()}`}{' '}
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
      <form onSubmit={onSubmit} noValidate>
        <h3>New token</h3>
        <Field
          label="What it is for"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError('/name')}
        />
        <Field
          label="Days until it expires"
          type="number"
          min={1}
          max={365}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={fieldError('/expiresInDays')}
        />
        <fieldset>
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
          {fieldError('/scopes') && <p className="field-error">{fieldError('/scopes')}</p>}
        </fieldset>
        <FormError error={error} />
        <button type="submit" disabled={busy}>
          Create token
        </button>
      </form>
    </>
  );
};

const DeleteAccount = () => {
  const [password, setPassword] = useState('');
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await call(api.DELETE('/v1/me', { body: { password } }));
    await logOut().catch(() => undefined);
    announce('Your account is deleted');
    navigate('/');
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>This deletes your account and your progress for good. The audit log keeps anonymous entries.</p>
      <Field
        label="Your password, to confirm"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError('/password')}
      />
      <FormError error={error} />
      <button type="submit" className="danger" disabled={busy}>
        Delete my account
      </button>
    </form>
  );
};

export const Account = () => {
  usePageTitle('Your account');
  const session = useSession();
  const [exportError, setExportError] = useState<unknown>();
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
  const { user } = session;
  return (
    <>
      <h1>Your account</h1>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <ProfileForm user={user} />
      </section>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are logged in</h2>
        <Sessions />
      </section>
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
        <DeleteAccount />
      </section>
    </>
  );
};
