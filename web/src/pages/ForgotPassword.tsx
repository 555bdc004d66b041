// Asking for a password-reset link by mail.
import { useState } from 'react';
import { api, call } from '../api/client';
import { announce } from '../ui/announcer';
import { Field, FormError, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const ForgotPassword = () => {
  usePageTitle('Forgot your password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    await call(api.POST('/v1/auth/forgot-password', { body: { email } }));
    setSent(true);
    announce('If this address has an account, a reset link is on its way.');
  });
  return (
    <div className="narrow">
      <h1>Forgot your password</h1>
      {sent ? (
        <p role="status">
          If this address has an account, a link to choose a new password is on its way. It works for 30 minutes.
        </p>
      ) : (
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
          <FormError error={error} />
          <button type="submit" disabled={busy}>
            Send me a link
          </button>
        </form>
      )}
    </div>
  );
};
