// Asking for a password-reset link by mail.
import { useState } from 'react';
import { api, call } from '../api/client';
import { announce } from '../ui/announcer';
import { EmailField, FormError, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';

export const ForgotPassword = () => {
  usePageTitle('Forgot your password');
  const [sent, setSent] = useState(false);
  const form = useForm({ email: '' }, async (body) => {
    await call(api.POST('/v1/auth/forgot-password', { body }));
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
        <form onSubmit={form.onSubmit} noValidate>
          <FormError error={form.error} />
          <EmailField {...form.field('email')} />
          <SubmitButton busy={form.busy}>Send me a link</SubmitButton>
        </form>
      )}
    </div>
  );
};
