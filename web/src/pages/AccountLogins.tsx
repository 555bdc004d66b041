// The account page's organisation logins (single sign-on, decision 0039): the ones that open this account, and a
// button per provider not linked yet, which sends the browser to the provider (POST /v1/me/sso/{provider}/link) and
// comes back here linked.
import { useState } from 'react';
import { api, call } from '../api/client';
import { useLearnerTime } from '../ui/learner-time';
import { ErrorMessage, Show, useResource } from '../ui/states';
import { useLoginMethods } from './SingleSignOn';

export const LinkedLogins = () => {
  const { date } = useLearnerTime();
  const { providers } = useLoginMethods();
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/sso')), []);
  const [error, setError] = useState<unknown>();
  const link = (provider: string) =>
    call(api.POST('/v1/me/sso/{provider}/link', { params: { path: { provider } }, body: { next: '/account' } })).then(
      ({ authorizationUrl }) => window.location.assign(authorizationUrl),
      setError,
    );
  // An instance without single sign-on has nothing to show here.
  if (providers.length === 0) return null;
  const nameOf = (id: string) => providers.find((provider) => provider.id === id)?.displayName ?? id;
  return (
    <section className="card" aria-labelledby="logins-heading">
      <h2 id="logins-heading">Organisation logins</h2>
      <Show resource={resource} reload={reload}>
        {({ items }) => {
          const linked = items.filter((login) => login.linkedAt !== null);
          const unlinked = providers.filter((provider) => !linked.some((login) => login.provider === provider.id));
          return (
            <>
              {error !== undefined && <ErrorMessage error={error} />}
              {linked.length === 0 ? (
                <p>No organisation login opens this account.</p>
              ) : (
                <ul className="plain-list">
                  {linked.map((login) => (
                    <li key={`${login.provider} ${login.subject}`}>
                      <strong>{nameOf(login.provider)}</strong> · {login.email} · linked{' '}
                      <time dateTime={login.linkedAt!}>{date(login.linkedAt!)}</time>
                    </li>
                  ))}
                </ul>
              )}
              {unlinked.map((provider) => (
                <button key={provider.id} type="button" className="secondary" onClick={() => void link(provider.id)}>
                  Link {provider.displayName}
                </button>
              ))}
            </>
          );
        }}
      </Show>
    </section>
  );
};
