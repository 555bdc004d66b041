// Creating an account; the visitor is logged in at once and what they tracked as a guest comes along.
import { api, call } from '../api/client';
import { logIn } from '../api/session';
import { afterSignIn } from '../after-sign-in';
import { Link } from '../router';
import { EmailField, Field, FormError, PasswordField, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { SingleSignOnButtons, useLoginMethods } from './SingleSignOn';

export const SignUp = () => {
  usePageTitle('Sign up');
  const methods = useLoginMethods();
  const form = useForm({ displayName: '', email: '', password: '' }, async (body) => {
    await call(api.POST('/v1/auth/register', { body }));
    await logIn(body.email, body.password);
    await afterSignIn('/dashboard', { signedUp: true });
  });
  return (
    <div className="narrow">
      <h1>Sign up</h1>
      <p>
        Free. Progress you marked in this browser comes along.{' '}
        {methods.passwords
          ? 'We send a link to confirm your address.'
          : "Sign up with your organisation's login: it vouches for your address, so there is nothing to confirm."}
      </p>
      <SingleSignOnButtons providers={methods.providers} next="/dashboard" verb="Sign up" />
      {methods.passwords && (
        <form onSubmit={form.onSubmit} noValidate>
          <FormError error={form.error} />
          <Field label="Your name" autoComplete="name" required {...form.field('displayName')} />
          <EmailField {...form.field('email')} />
          <PasswordField
            autoComplete="new-password"
            hint="At least 8 characters. Common passwords are refused."
            {...form.field('password')}
          />
          <SubmitButton busy={form.busy} busyLabel="Creating your account…">
            Sign up
          </SubmitButton>
        </form>
      )}
      <p>
        Already have an account? <Link href="/login">Log in</Link>
      </p>
    </div>
  );
};
