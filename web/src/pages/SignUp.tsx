// Creating an account; the visitor is logged in at once and what they tracked as a guest comes along.
import { useState } from 'react';
import { api, call } from '../api/client';
import { logIn } from '../api/session';
import { afterSignIn } from '../after-sign-in';
import { Link } from '../router';
import { Field, FormError, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const SignUp = () => {
  usePageTitle('Sign up');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await call(api.POST('/v1/auth/register', { body: { email, password, displayName } }));
    await logIn(email, password);
    await afterSignIn('/dashboard');
  });
  return (
    <div className="narrow">
      <h1>Sign up</h1>
      <p>Free. Progress you marked in this browser comes along. We send a link to confirm your address.</p>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Your name"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldError('/displayName')}
          required
        />
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
          autoComplete="new-password"
          hint="At least 8 characters. Common passwords are refused."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('/password')}
          required
        />
        <FormError error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating your account…' : 'Sign up'}
        </button>
      </form>
      <p>
        Already have an account? <Link href="/login">Log in</Link>
      </p>
    </div>
  );
};
