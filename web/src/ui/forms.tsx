// Form pieces that show the API's field errors (problem+json `errors[]`) in words for people (field-messages.ts):
// each beside the field it is about, and all of them in a summary above the fields whose links move to each field.
// What the user typed stays in the form whatever happens.
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError, messageOf, type FieldError } from '../api/errors';
import { announce } from './announcer';
import { labelOfPointer, sentenceFor } from './field-messages';
import '../styles/trust.css';

const fieldErrorsOf = (error: unknown) => (error instanceof ApiError ? (error.problem?.errors ?? []) : []);

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
        // Field errors are read out from the summary, which takes the focus; anything else is announced here.
        if (fieldErrorsOf(failure).length === 0) announce(messageOf(failure));
      },
    );
  };
  /** The API's error for a body field, e.g. fieldError('/email'), to give a field's `error`. */
  const fieldError = (pointer: string) => (error instanceof ApiError ? error.fieldError(pointer) : undefined);
  return { onSubmit, busy, error, fieldError, setError };
};

type TextValues = Record<string, string>;

/**
 * A form of text fields named like the request body's properties: `field('email')` gives an input its value, its
 * change handler and the API's error for `/email`, so a page lists each field once.
 */
export const useForm = <Values extends TextValues>(initial: Values, action: (values: Values) => Promise<void>) => {
  const [values, setValues] = useState(initial);
  const submit = useSubmit(() => action(values));
  const set = (name: keyof Values & string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const field = (name: keyof Values & string) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(name, event.target.value),
    error: submit.fieldError(`/${name}`),
  });
  return { ...submit, values, set, field };
};

type FieldProps = { label: string; error?: FieldError | undefined; hint?: ReactNode };
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'data-pointer'?: string;
  'data-label'?: string;
};

/**
 * The error beside a field, for controls the Field components do not draw (a fieldset, a textarea of its own):
 * give the control `aria-describedby={id}`, `aria-invalid` and the `data-pointer`/`data-label` of errorMarks().
 */
export const FieldMessage = ({ id, label, error }: { id: string; label: string; error: FieldError | undefined }) =>
  error === undefined ? null : (
    <p className="field-error" id={id}>
      {sentenceFor(label, error)}
    </p>
  );

/** What lets the error summary find the control an error is about and name it. */
export const errorMarks = (label: string, error: FieldError | undefined) =>
  error === undefined ? {} : { 'data-pointer': error.pointer, 'data-label': label };

/** A label, an optional hint, the control, and the error for it, tied together for screen readers. */
export const FieldFrame = ({
  label,
  error,
  hint,
  control,
}: FieldProps & { control: (props: ControlProps) => ReactNode }) => {
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
      {control({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
        ...errorMarks(label, error),
      })}
      <FieldMessage id={`${id}-error`} label={label} error={error} />
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

/** A list to pick from; its `<option>`s (and `<optgroup>`s) are the children. */
export const SelectField = ({
  label,
  error,
  hint,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & FieldProps) => (
  <FieldFrame
    label={label}
    error={error}
    hint={hint}
    control={(props) => (
      <select {...props} {...select}>
        {children}
      </select>
    )}
  />
);

type SummaryEntry = { pointer: string; sentence: string; controlId: string | undefined };

/** Each field error as a sentence, linked to its control when the form shows one. */
const summaryOf = (errors: FieldError[], form: Element | null): SummaryEntry[] => {
  const seen = new Set<string>();
  const entries = errors.flatMap((error) => {
    if (seen.has(error.pointer)) return [];
    seen.add(error.pointer);
    const control = form?.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(error.pointer)}"]`);
    const label = control?.dataset.label ?? labelOfPointer(error.pointer);
    const best = errors.find((e) => e.pointer === error.pointer && e.code !== 'pattern') ?? error;
    return [{ pointer: error.pointer, sentence: sentenceFor(label, best), control }];
  });
  // In the order the fields come in, those without a control on the page last.
  const position = (control: HTMLElement | null | undefined) =>
    control ? [...(form?.querySelectorAll('[data-pointer]') ?? [])].indexOf(control) : Infinity;
  return entries
    .sort((a, b) => position(a.control) - position(b.control))
    .map(({ control, ...entry }) => ({ ...entry, controlId: control?.id }));
};

/**
 * Put it above the fields. For field errors, a summary that takes the focus, with a link to each field; for anything
 * else, the form's own message.
 */
export const FormError = ({ error }: { error: unknown }) => {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [entries, setEntries] = useState<SummaryEntry[]>([]);
  const errors = fieldErrorsOf(error);
  // The fields mark themselves in the same render: read them once the DOM has them, before the browser paints.
  useLayoutEffect(() => {
    setEntries(summaryOf(errors, box.current?.closest('form') ?? document.body));
  }, [error]);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [error]);
  if (error === undefined) return null;
  if (errors.length === 0)
    return (
      <p className="error-box" role="alert">
        {messageOf(error)}
      </p>
    );
  return (
    <div className="error-box error-summary" ref={box} tabIndex={-1} aria-labelledby={titleId}>
      <p className="error-summary-title" id={titleId}>
        {errors.length === 1 ? 'Please correct this and try again:' : 'Please correct these and try again:'}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.pointer}>
            {entry.controlId === undefined ? (
              entry.sentence
            ) : (
              <a
                href={`#${entry.controlId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(entry.controlId!)?.focus();
                }}
              >
                {entry.sentence}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
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
