// Form pieces that show the API's field errors (problem+json `errors[]`) beside the field they are about, and a
// form-level message for everything else. What the user typed stays in the form whatever happens.
import {
  useId,
  useState,
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
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

type TextValues = Record<string, string>;

/**
 * A form of text fields named like the request body's properties: `field('email')` gives an input its value, its
 * change handler and the API's message for `/email`, so a page lists each field once.
 */
export const useForm = <Values extends TextValues>(initial: Values, action: (values: Values) => Promise<void>) => {
  const [values, setValues] = useState(initial);
  const submit = useSubmit(() => action(values));
  const set = (name: keyof Values & string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const field = (name: keyof Values & string) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, event.target.value),
    error: submit.fieldError(`/${name}`),
  });
  return { ...submit, values, set, field };
};

type FieldProps = { label: string; error?: string | undefined; hint?: ReactNode };
type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/** A label, an optional hint, the control, and the API's message for it, tied together for screen readers. */
const FieldFrame = ({ label, error, hint, control }: FieldProps & { control: (props: ControlProps) => ReactNode }) => {
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
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
};

export const Field = ({ label, error, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & FieldProps) => (
  <FieldFrame label={label} error={error} hint={hint} control={(props) => <input {...props} {...input} />} />
);

export const TextAreaField = ({
  label,
  error,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) => (
  <FieldFrame label={label} error={error} hint={hint} control={(props) => <textarea {...props} {...textarea} />} />
);

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

type BoundFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & Partial<FieldProps>;

export const EmailField = ({ label = 'Email', ...input }: BoundFieldProps) => (
  <Field label={label} type="email" autoComplete="email" required {...input} />
);

/** `autoComplete` says which password it is: "current-password" to log in, "new-password" to choose one. */
export const PasswordField = ({
  label = 'Password',
  ...input
}: BoundFieldProps & { autoComplete: 'current-password' | 'new-password' }) => (
  <Field label={label} type="password" required {...input} />
);

/** The form's button; while the request runs it is disabled and may say what is happening. */
export const SubmitButton = ({
  busy,
  busyLabel,
  className,
  children,
}: {
  busy: boolean;
  busyLabel?: string;
  className?: string;
  children: ReactNode;
}) => (
  <button type="submit" className={className} disabled={busy}>
    {busy && busyLabel ? busyLabel : children}
  </button>
);
