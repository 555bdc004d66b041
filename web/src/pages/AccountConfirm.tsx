// The account page's changes that ask who is there first (decision 0045): changing the address and deleting the
// account. Where a password opens the account it is asked for; otherwise the person confirms with a fresh login at
// one of its organisation logins (POST /v1/me/sso/{provider}/reauthenticate), which comes back to /account with a
// single-use proof in the address's fragment, read here once and taken out of the address bar.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, call } from '../api/client';
import { logOut } from '../api/session';
import type { User } from '../api/types';
import { navigate } from '../router';
import { announce } from '../ui/announcer';
import { Field, FormError, PasswordField, SubmitButton, useForm } from '../ui/forms';
import { ErrorMessage } from '../ui/states';
import type { LinkedLogin } from './AccountLogins';

type Operation = 'delete-account' | 'change-email';

/** A proof the provider's return left in the fragment (#reauth=…&operation=…), for one change. */
export interface ReauthProof {
  proof: string;
  operation: Operation;
}

/** Reads the proof once, when the page opens, and takes it out of the address (and so out of the history). */
export const useReauthProof = (): ReauthProof | undefined => {
  const [found] = useState(() => {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const proof = fragment.get('reauth');
    const operation = fragment.get('operation');
    if (proof === null || (operation !== 'delete-account' && operation !== 'change-email')) return undefined;
    return { proof, operation } satisfies ReauthProof;
  });
  useEffect(() => {
    if (found !== undefined) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [found]);
  return found;
};

interface ConfirmationProps {
  user: User;
  /** Whether passwords work on this instance. */
  passwords: boolean;
  logins: LinkedLogin[];
  operation: Operation;
  proof: ReauthProof | undefined;
}

/** Whether the form asks for the password, or for a login at the provider. */
const asksPassword = ({ user, passwords }: Pick<ConfirmationProps, 'user' | 'passwords'>) =>
  passwords && user.hasPassword;

/** The proof for this form's change, if the provider's return brought one. */
const proofFor = ({ proof, operation }: Pick<ConfirmationProps, 'proof' | 'operation'>) =>
  proof?.operation === operation ? proof.proof : undefined;

/**
 * Instead of the password field: "Confirm with <provider>" for each login linked to the account, or, once back from
 * the provider, that the change is confirmed and waits for its button.
 */
const ConfirmWithProvider = ({ logins, operation, proof, action }: ConfirmationProps & { action: string }) => {
  const [error, setError] = useState<unknown>();
  const confirm = (provider: string) =>
    call(
      api.POST('/v1/me/sso/{provider}/reauthenticate', {
        params: { path: { provider } },
        body: { operation, next: '/account' },
      }),
    ).then(({ authorizationUrl }) => window.location.assign(authorizationUrl), setError);
  if (proofFor({ proof, operation }) !== undefined) {
    return (
      <p className="notice">
        Confirmed with your organisation login. You can {action} now: the confirmation works once, for a few minutes.
      </p>
    );
  }
  if (logins.length === 0) {
    return <p>No password or organisation login opens this account, so this cannot be confirmed here.</p>;
  }
  return (
    <>
      <p>This account has no password: confirm it is you by logging in again with your organisation.</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="button-row">
        {logins.map((login) => (
          <button key={login.provider} type="button" className="secondary" onClick={() => void confirm(login.provider)}>
            Confirm with {login.displayName}
          </button>
        ))}
      </div>
    </>
  );
};

/** Puts the focus on the form's button when the person is back from the provider, ready to finish the change. */
const useFocusWhenConfirmed = (confirmed: boolean) => {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmed) holder.current?.querySelector('button')?.focus();
  }, [confirmed]);
  return holder;
};

/** The password field, or the provider's confirmation; the submit button once either can confirm. */
const Confirm = ({
  props,
  operation,
  action,
  password,
  submit,
}: {
  props: Omit<ConfirmationProps, 'operation'>;
  operation: Operation;
  action: string;
  password: ReturnType<ReturnType<typeof useForm<{ password: string }>>['field']>;
  submit: ReactNode;
}) => {
  const withPassword = asksPassword(props);
  const confirmed = proofFor({ ...props, operation }) !== undefined;
  const holder = useFocusWhenConfirmed(confirmed);
  return (
    <>
      {withPassword ? (
        <PasswordField label="Your password, to confirm" autoComplete="current-password" {...password} />
      ) : (
        <ConfirmWithProvider {...props} operation={operation} action={action} />
      )}
      {(withPassword || confirmed) && <div ref={holder}>{submit}</div>}
    </>
  );
};

export const ChangeEmail = (props: Omit<ConfirmationProps, 'operation'>) => {
  const reauthProof = proofFor({ ...props, operation: 'change-email' });
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm({ newEmail: '', password: '' }, async ({ newEmail, password }) => {
    const body = asksPassword(props) ? { newEmail, password } : { newEmail, reauthProof };
    await call(api.POST('/v1/me/email', { body }));
    setSentTo(newEmail);
    form.set('newEmail', '');
    form.set('password', '');
    announce('Check the new address: we sent it a link to finish the change');
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError error={form.error} />
      {sentTo !== undefined && (
        <p className="notice" role="status">
          We sent a link to {sentTo}. Follow it to finish the change; until then your address stays as it is.
        </p>
      )}
      <Field label="New email address" type="email" autoComplete="email" {...form.field('newEmail')} />
      <Confirm
        props={props}
        operation="change-email"
        action="change the address"
        password={form.field('password')}
        submit={<SubmitButton busy={form.busy}>Change my address</SubmitButton>}
      />
    </form>
  );
};

export const DeleteAccount = (props: Omit<ConfirmationProps, 'operation'>) => {
  const reauthProof = proofFor({ ...props, operation: 'delete-account' });
  const form = useForm({ password: '' }, async ({ password }) => {
    await call(api.DELETE('/v1/me', { body: asksPassword(props) ? { password } : { reauthProof } }));
    await logOut().catch(() => undefined);
    announce('Your account is deleted');
    navigate('/');
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError error={form.error} />
      <p>This deletes your account and your progress for good. The audit log keeps anonymous entries.</p>
      <Confirm
        props={props}
        operation="delete-account"
        action="delete the account"
        password={form.field('password')}
        submit={
          <SubmitButton busy={form.busy} className="danger">
            Delete my account
          </SubmitButton>
        }
      />
    </form>
  );
};
