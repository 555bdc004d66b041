// Form pieces that show the API's field errors (problem+json `errors[]`) beside the field they are about, and a
// form-level message for everything else. What the user typed stays in the form whatever happens.
import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { announce } from './announcer';

export const useSubmit = (action: () => Promise<void>) => {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    action().then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
        announce(messageOf(failure));
      },
    );
  };
  /** The API's message for a body field, e.g. fieldError('/email'). */
  const fieldError = (pointer: string) => (error instanceof ApiError ? error.fieldError(pointer) : undefined);
  return { onSubmit, busy, error, fieldError, setError };
};

export const Field = ({
  label,
  error,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string | undefined; hint?: ReactNode }) => {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described || undefined} {...input} />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
};

/** The form's own message: what failed, unless every problem is already shown beside a field. */
export const FormError = ({ error }: { error: unknown }) => {
  if (error === undefined) return null;
  const fieldsOnly = error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0;
  return (
    <p className="error-box" role="alert">
      {fieldsOnly ? 'Please correct the fields marked below.' : messageOf(error)}
    </p>
  );
};
