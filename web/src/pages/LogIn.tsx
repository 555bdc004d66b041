// Logging in with email and password; afterwards the visitor goes on where they were headed.
import { useState } from 'react';
import { logIn } from '../api/session';
import { afterSignIn } from '../after-sign-in';
import { Link, useLocation } from '../router';
import { Field, FormError, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const LogIn = () => {
  usePageTitle('Log in');
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await logIn(email, password);
    await afterSignIn(query.get('next') ?? '/dashboard');
  });
  return (
    <div className="narrow">
      <h1>Log in</h1>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('/email')}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('/password')}
          required
        />
        <FormError error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">Forgot your password?</Link> · New here? <Link href="/signup">Sign up</Link>
      </p>
    </div>
  );
};
