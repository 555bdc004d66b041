// The draft editor's fields, each bound to a JSON pointer into the document: its value is read there and written
// there, its control's id comes from the pointer (fieldIdOf), and the API's problem for that pointer shows beside it.
import { useEffect, useState, type ReactNode } from 'react';
import { sentenceFor } from '../ui/field-messages';
import { useDraftForm } from './form-context';
import { MarkdownEditor } from './MarkdownEditor';
import { fieldIdOf, getAt } from './pointer';

export type FieldKind = 'text' | 'longtext' | 'markdown' | 'integer' | 'number' | 'lines' | 'list' | 'date';

export interface FieldSpec {
  /** The pointer below the item's own, e.g. `/title` or `/hoursPerWeek/min`. */
  at: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  /** An optional field left empty is taken out of the document rather than sent empty. */
  optional?: boolean;
  options?: readonly { value: string; label: string }[];
}

const listOf = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

/** The text a control shows for a value; how its text becomes the value again. */
const textOf = (kind: FieldKind, value: unknown) => {
  if (kind === 'lines') return Array.isArray(value) ? value.join('\n') : '';
  if (kind === 'list') return Array.isArray(value) ? value.join(', ') : '';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const valueOf = (kind: FieldKind, text: string, optional: boolean | undefined) => {
  if (optional && text.trim() === '') return undefined;
  if (kind === 'integer' || kind === 'number') return text.trim() === '' ? null : Number(text);
  if (kind === 'lines') return listOf(text, /\n/);
  if (kind === 'list') return listOf(text, /,/);
  return text;
};

const HINTS: Partial<Record<FieldKind, string>> = {
  lines: 'One per line.',
  list: 'Separated by commas.',
};

type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/** A label, a hint, the control and the error for it, tied together for screen readers. */
export const FieldShell = ({
  pointer,
  label,
  hint,
  children,
}: {
  pointer: string;
  label: string;
  hint?: string | undefined;
  children: (props: ControlProps) => ReactNode;
}) => {
  const { errorAt } = useDraftForm();
  const error = errorAt(pointer);
  const id = fieldIdOf(pointer);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field studio-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {sentenceFor(label, error)}
        </p>
      )}
    </div>
  );
};

export const DocField = ({ pointer, spec }: { pointer: string; spec: FieldSpec }) => {
  const { document, change } = useDraftForm();
  const value = getAt(document, pointer);
  const hint = [spec.hint, HINTS[spec.kind], spec.optional ? 'Optional.' : ''].filter(Boolean).join(' ') || undefined;
  const onText = (text: string) => change(pointer, valueOf(spec.kind, text, spec.optional));
  const text = textOf(spec.kind, value);
  if (spec.kind === 'markdown')
    return <MarkdownEditor pointer={pointer} label={spec.label} hint={hint} value={text} onChange={onText} />;
  return (
    <FieldShell pointer={pointer} label={spec.label} hint={hint}>
      {(props) =>
        spec.options ? (
          <select {...props} value={text} onChange={(event) => onText(event.target.value)}>
            {spec.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : spec.kind === 'longtext' ? (
          <textarea {...props} rows={4} value={text} onChange={(event) => onText(event.target.value)} />
        ) : spec.kind === 'lines' || spec.kind === 'list' ? (
          <ListText {...props} kind={spec.kind} text={text} onText={onText} />
        ) : (
          <input
            {...props}
            type={spec.kind === 'integer' || spec.kind === 'number' ? 'number' : spec.kind === 'date' ? 'date' : 'text'}
            step={spec.kind === 'integer' ? 1 : undefined}
            value={text}
            onChange={(event) => onText(event.target.value)}
          />
        )
      }
    </FieldShell>
  );
};

/**
 * A list typed as text (one per line, or separated by commas) keeps what is typed — a trailing comma, an empty last
 * line — while the value it stands for stays the same.
 */
const ListText = ({
  kind,
  text,
  onText,
  ...props
}: ControlProps & { kind: 'lines' | 'list'; text: string; onText: (text: string) => void }) => {
  const [typed, setTyped] = useState(text);
  const separator = kind === 'lines' ? /\n/ : /,/;
  const joiner = kind === 'lines' ? '\n' : ', ';
  useEffect(() => {
    if (listOf(typed, separator).join(joiner) !== text) setTyped(text);
  }, [text]);
  const onChange = (value: string) => {
    setTyped(value);
    onText(value);
  };
  return kind === 'lines' ? (
    <textarea {...props} rows={4} value={typed} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <input {...props} type="text" value={typed} onChange={(event) => onChange(event.target.value)} />
  );
};
