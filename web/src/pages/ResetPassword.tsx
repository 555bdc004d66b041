// The page the password-reset link opens: choosing a new password.
import { useState } from 'react';
import { api, call } from '../api/client';
import { Link, useLocation } from '../router';
import { announce } from '../ui/announcer';
import { FormError, PasswordField, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const ResetPassword = () => {
  usePageTitle('Choose a new password');
  const { query } = useLocation();
  const [done, setDone] = useState(false);
  const form = useForm({ newPassword: '' }, async ({ newPassword }) => {
    await call(api.POST('/v1/auth/reset-password', { body: { token: query.get('token') ?? '', newPassword } }));
    setDone(true);
    announce('Password changed. Log in with your new password.');
  });
  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {done ? (
        <p role="status">
          Your password is changed and every session ended. <Link href="/login">Log in</Link>
        </p>
      ) : (
        <form onSubmit={form.onSubmit} noValidate>
          <FormError error={form.error} />
          <PasswordField
            label="New password"
            autoComplete="new-password"
            hint="At least 8 characters."
            {...form.field('newPassword')}
          />
          <SubmitButton busy={form.busy}>Set password</SubmitButton>
        </form>
      )}
    </div>
  );
};
