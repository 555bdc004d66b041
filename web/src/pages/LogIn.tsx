// Logging in with email and password, or with a single sign-on provider; afterwards the visitor goes on where they
// were headed.
import { logIn } from '../api/session';
import { afterSignIn } from '../after-sign-in';
import { Link, useLocation } from '../router';
import { EmailField, FormError, PasswordField, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { SingleSignOnButtons, SingleSignOnFailure, useLoginMethods } from './SingleSignOn';

export const LogIn = () => {
  usePageTitle('Log in');
  const { query } = useLocation();
  const next = query.get('next') ?? '/dashboard';
  const methods = useLoginMethods();
  const form = useForm({ email: '', password: '' }, async ({ email, password }) => {
    await logIn(email, password);
    await afterSignIn(next);
  });
  return (
    <div className="narrow">
      <h1>Log in</h1>
      <SingleSignOnFailure code={query.get('sso-error')} />
      {query.get('sso') === 'check-mail' && (
        <div className="notice" role="status">
          <p>
            An account here already has your address. To let your organisation&apos;s login open it, follow the link we
            have just mailed to that address, then log in again.
          </p>
        </div>
      )}
      <SingleSignOnButtons providers={methods.providers} next={next} verb="Log in" />
      {methods.passwords && (
        <>
          <form onSubmit={form.onSubmit} noValidate>
            <FormError error={form.error} />
            <EmailField {...form.field('email')} />
            <PasswordField autoComplete="current-password" {...form.field('password')} />
            <SubmitButton busy={form.busy} busyLabel="Logging in…">
              Log in
            </SubmitButton>
          </form>
          <p>
            <Link href="/forgot-password">Forgot your password?</Link> · New here? <Link href="/signup">Sign up</Link>
          </p>
        </>
      )}
    </div>
  );
};
