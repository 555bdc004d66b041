// The page the address-confirmation link opens.
import { useEffect, useState } from 'react';
import { verifyOnce } from '../api/email-verification';
import { refreshSession } from '../api/session';
import { Link, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/states';

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
