// Logging in with email and password; afterwards the visitor goes on where they were headed.
import { logIn } from '../api/session';
import { afterSignIn } from '../after-sign-in';
import { Link, useLocation } from '../router';
import { EmailField, FormError, PasswordField, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const LogIn = () => {
  usePageTitle('Log in');
  const { query } = useLocation();
  const form = useForm({ email: '', password: '' }, async ({ email, password }) => {
    await logIn(email, password);
    await afterSignIn(query.get('next') ?? '/dashboard');
  });
  return (
    <div className="narrow">
      <h1>Log in</h1>
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
    </div>
  );
};
