// The page the mailed single sign-on link opens: the owner of the account says, with a button (not on opening the
// page, which a mail scanner might do), that their organisation's login may open this account from now on.
import { useState } from 'react';
import { api, call } from '../api/client';
import { Link, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { FormError, SubmitButton, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const ConfirmSsoLink = () => {
  usePageTitle('Link your login');
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [linked, setLinked] = useState(false);
  const submit = useSubmit(async () => {
    await call(api.POST('/v1/auth/sso/confirm-link', { body: { token } }));
    setLinked(true);
    announce('Linked');
  });
  return (
    <div className="narrow">
      <h1>Link your login</h1>
      {linked ? (
        <p role="status">
          Linked. <Link href="/login?next=/dashboard">Log in</Link> with your organisation&apos;s login to open your
          account.
        </p>
      ) : (
        <form onSubmit={submit.onSubmit} noValidate>
          <FormError error={submit.error} />
          <p>
            Someone logged in with your organisation&apos;s login using this account&apos;s address. If it was you, link
            the two: that login will then open this account.
          </p>
          <SubmitButton busy={submit.busy} busyLabel="Linking…">
            Link the login to my account
          </SubmitButton>
        </form>
      )}
    </div>
  );
};
