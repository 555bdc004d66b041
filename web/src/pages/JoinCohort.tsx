// Joining a cohort: with the code a mentor shared (/cohorts/join, the code field filled from ?code= when the mentor
// shared the link), or with the link from a mailed invite (/cohort-invite?token=…, the address mail.templates.ts
// writes). Someone not signed in is asked to log in or sign up first, and comes back to the same address.
import { useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import { Link, navigate, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { Field, FormError, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/states';

const SignInFirst = ({ here, what }: { here: string; what: string }) => {
  const next = encodeURIComponent(here);
  return (
    <>
      <p>
        To {what}, <Link href={`/login?next=${next}`}>log in</Link>; you come back here afterwards.
      </p>
      <p>
        New to Waymark? <Link href="/signup">Make an account</Link>, then open this link again.
      </p>
    </>
  );
};

const joined = (name: string) => {
  announce(`You joined the cohort ${name}`);
  navigate('/cohorts');
};

const JoinForm = ({ initialCode }: { initialCode: string }) => {
  const { field, onSubmit, busy, error } = useForm({ code: initialCode }, async ({ code }) => {
    const cohort = await call(api.POST('/v1/me/cohorts/join', { body: { code: code.trim() } }));
    joined(cohort.name);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <Field
        label="Join code"
        hint="Ten letters and digits, as your mentor gave them; upper or lower case."
        autoComplete="off"
        spellCheck={false}
        required
        {...field('code')}
      />
      <p>Once you join, the cohort's mentors see your progress on its roadmap (never your notes) until you leave.</p>
      <SubmitButton busy={busy} busyLabel="Joining…">
        Join the cohort
      </SubmitButton>
    </form>
  );
};

export const JoinCohort = () => {
  usePageTitle('Join a cohort');
  const session = useSession();
  const { query } = useLocation();
  const code = query.get('code') ?? '';
  if (session.status === 'checking') return <Loading fill />;
  return (
    <div className="narrow">
      <h1>Join a cohort</h1>
      {session.status === 'signed-out' ? (
        <SignInFirst here={`/cohorts/join${code ? `?code=${encodeURIComponent(code)}` : ''}`} what="join a cohort" />
      ) : (
        <JoinForm initialCode={code} />
      )}
    </div>
  );
};

const AcceptInvite = ({ token }: { token: string }) => {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const accept = () => {
    setBusy(true);
    setError(undefined);
    call(api.POST('/v1/me/cohorts/accept-invite', { body: { token } })).then(
      (cohort) => joined(cohort.name),
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <>
      <p>
        A mentor invited you to a cohort: a group learning a roadmap together on a schedule. If you join, its mentors
        see your progress on that roadmap (never your notes) until you leave.
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
      <button type="button" onClick={accept} disabled={busy}>
        {busy ? 'Joining…' : 'Join the cohort'}
      </button>
    </>
  );
};

export const CohortInvite = () => {
  usePageTitle('Your invite to a cohort');
  const session = useSession();
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  if (session.status === 'checking') return <Loading fill />;
  return (
    <div className="narrow">
      <h1>Your invite to a cohort</h1>
      {token === '' ? (
        <p>
          This link has no invite in it. Open the link from the mail again, or{' '}
          <Link href="/cohorts/join">join with a code</Link>.
        </p>
      ) : session.status === 'signed-out' ? (
        <SignInFirst here={`/cohort-invite?token=${encodeURIComponent(token)}`} what="accept the invite" />
      ) : (
        <AcceptInvite token={token} />
      )}
    </div>
  );
};
