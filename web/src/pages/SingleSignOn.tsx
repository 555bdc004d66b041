// The single sign-on buttons of the login and sign-up pages, and whether those pages show the password form: both
// come from GET /v1/auth/sso/providers. A button is a plain link, since the login leaves the web app for the
// provider's page and comes back through Waymark's callback, which sets the session cookies.
import { api, call } from '../api/client';
import { useResource } from '../ui/states';

export interface LoginMethods {
  /** False only when the server says passwords are off; while loading or when the list fails, the form shows. */
  passwords: boolean;
  providers: { id: string; displayName: string }[];
}

export const useLoginMethods = (): LoginMethods => {
  const { resource } = useResource(() => call(api.GET('/v1/auth/sso/providers')), []);
  if (resource.status !== 'ready') return { passwords: true, providers: [] };
  return { passwords: resource.data.localPasswords, providers: resource.data.items };
};

// What a failed provider login means, for the person it happened to: the callback sends the browser to
// /login?sso-error=<code> with one of the codes of src/modules/sso/sso-failures.ts.
const FAILURES: Record<string, string> = {
  'not-started':
    'The login with your organisation took too long, or it was started in another browser. Nothing was changed: ' +
    'start again below.',
  rejected:
    "Your organisation's login answered, but its answer did not pass our checks: it may have expired or been " +
    'changed on the way. Nothing was changed. Try again; if it happens again, tell the people who run this site.',
  'no-address':
    "Your organisation's login did not tell us your email address, which we need to open your account. Ask the " +
    'people who run that login.',
  'unverified-address':
    "Your organisation's login has not confirmed your email address yet. Confirm it there, then log in again.",
  'domain-not-allowed':
    'Addresses of your organisation cannot log in here. If you think they should, ask the people who run this site.',
  'account-disabled':
    'Your account here is disabled. If you think that is a mistake, ask the people who run this site.',
  'linked-elsewhere':
    'That organisation login opens another account here already. Log out, then log in with it to open that one.',
  'try-again': 'An account with your address was being made at the same moment. Log in again.',
  unavailable: "Your organisation's login cannot be reached right now. Try again in a minute.",
  'stale-login':
    'Your organisation did not ask you to log in again, so we could not be sure it was you just now. Try again, and ' +
    'log in there when it asks.',
  'not-your-login':
    'You logged in there as someone whose login is not linked to this account. Log in there as yourself and try ' +
    'again.',
};

/** What a failure code means, in words; a general sentence for a code this page does not know. */
export const ssoFailureText = (code: string) =>
  FAILURES[code] ?? 'The login with your organisation did not work. Try again.';

/** The notice for `?sso-error=`; nothing without one. */
export const SingleSignOnFailure = ({ code }: { code: string | null }) => {
  if (code === null) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>You are not logged in.</strong> {ssoFailureText(code)}
      </p>
    </div>
  );
};

export const SingleSignOnButtons = ({
  providers,
  next,
  verb,
}: {
  providers: LoginMethods['providers'];
  next: string;
  verb: 'Log in' | 'Sign up';
}) => {
  if (providers.length === 0) return null;
  const query = `?next=${encodeURIComponent(next.startsWith('/') && !next.startsWith('//') ? next : '/dashboard')}`;
  return (
    <ul className="sso-buttons" aria-label={`${verb} with your organisation's account`}>
      {providers.map((provider) => (
        <li key={provider.id}>
          <a className="button secondary" href={`/v1/auth/sso/${encodeURIComponent(provider.id)}/start${query}`}>
            {verb} with {provider.displayName}
          </a>
        </li>
      ))}
    </ul>
  );
};
