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
