// Where the single sign-on callback sends the browser once it has set the session cookies: the web app's own step
// after a login (after-sign-in.ts), which brings in the progress this browser kept as a guest, as a password login
// does, then goes on to the page the login was for.
import { useEffect, useRef, useState } from 'react';
import { afterSignIn } from '../after-sign-in';
import { currentSession, sessionKnown } from '../api/session';
import { Link, navigate, useLocation } from '../router';
import { FormError } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { Loading } from '../ui/states';

/** A path of this site only: `next` comes from the address bar. */
const samePath = (next: string | null) =>
  next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/dashboard';

export const SsoSignedIn = () => {
  usePageTitle('Logging you in');
  const { query } = useLocation();
  const next = samePath(query.get('next'));
  const signedUp = query.get('new') === '1';
  const [error, setError] = useState<unknown>(undefined);
  // Once per page: a second run would import the guest's progress again.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      await sessionKnown();
      if (currentSession().status !== 'signed-in') {
        navigate(`/login?next=${encodeURIComponent(next)}`);
        return;
      }
      await afterSignIn(next, { signedUp });
    })().catch(setError);
  }, [next, signedUp]);
  return (
    <div className="narrow">
      <h1>Logging you in</h1>
      {error === undefined ? (
        <Loading label="Bringing in what you tracked in this browser…" />
      ) : (
        <>
          <FormError error={error} />
          <p>
            You are logged in, but what you tracked in this browser could not be added to your account yet: this browser
            keeps it, and adds it the next time you log in. <Link href={next}>Go on</Link>
          </p>
        </>
      )}
    </div>
  );
};
