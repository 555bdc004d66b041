// The account page's organisation logins (single sign-on, decisions 0039 and 0045): the ones that open this account,
// each with an Unlink button (refused while it is the only way in), and a button per provider not linked yet, which
// sends the browser to the provider (POST /v1/me/sso/{provider}/link) and comes back here linked.
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { ErrorMessage, Show, useResource, type Resource } from '../ui/states';
import type { LoginMethods } from './SingleSignOn';

type LinkedLoginRow = Ok<'/v1/me/sso'>['items'][number];

/** A provider login that opens the account, with the name its provider shows. */
export type LinkedLogin = LinkedLoginRow & { displayName: string };

/** The account's logins, read once for the page: this section and the forms that confirm with a provider. */
export const useLinkedLogins = ({ providers }: LoginMethods) => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/sso')), []);
  const nameOf = (id: string) => providers.find((provider) => provider.id === id)?.displayName ?? id;
  const linked: LinkedLogin[] =
    resource.status === 'ready'
      ? resource.data.items
          .filter((login) => login.linkedAt !== null)
          .map((login) => ({ ...login, displayName: nameOf(login.provider) }))
      : [];
  return { resource, reload, linked };
};

export const LinkedLogins = ({
  methods,
  logins,
}: {
  methods: LoginMethods;
  logins: { resource: Resource<unknown>; reload: () => void; linked: LinkedLogin[] };
}) => {
  const { date } = useLearnerTime();
  const [error, setError] = useState<unknown>();
  const { providers } = methods;
  const link = (provider: string) =>
    call(api.POST('/v1/me/sso/{provider}/link', { params: { path: { provider } }, body: { next: '/account' } })).then(
      ({ authorizationUrl }) => window.location.assign(authorizationUrl),
      setError,
    );
  const unlink = (login: LinkedLogin) => {
    setError(undefined);
    call(api.DELETE('/v1/me/sso/{provider}', { params: { path: { provider: login.provider } } })).then(() => {
      announce(`${login.displayName} unlinked: it no longer opens this account`);
      logins.reload();
    }, setError);
  };
  // An instance without single sign-on has nothing to show here.
  if (providers.length === 0) return null;
  return (
    <section className="card" aria-labelledby="logins-heading">
      <h2 id="logins-heading">Organisation logins</h2>
      <Show resource={logins.resource} reload={logins.reload}>
        {() => {
          const { linked } = logins;
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
                      <strong>{login.displayName}</strong> · {login.email} · linked{' '}
                      <time dateTime={login.linkedAt!}>{date(login.linkedAt!)}</time>{' '}
                      <button type="button" className="small" onClick={() => unlink(login)}>
                        Unlink<span className="visually-hidden"> {login.displayName}</span>
                      </button>
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
