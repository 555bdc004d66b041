// What the API refused in a save, above the form: one sentence a problem, each a link that opens the section and the
// item the problem is in and moves to its field. A problem with no field of its own (a whole list, say) is named in
// words without a link.
import { useEffect, useRef } from 'react';
import type { FieldError } from '../api/errors';
import { sentenceFor } from '../ui/field-messages';
import { fieldIdOf, getAt, type Json } from './pointer';
import { sectionOfPointer } from './sections';

/** Whether the pointer is an entry of the list at `list`: /steps/2 of /steps. */
export const isEntryOf = (pointer: string, list: string) =>
  pointer.startsWith(`${list}/`) && /^\d+$/.test(pointer.slice(list.length + 1));

/** A pointer in words: /steps/2/body → "Steps, “HTTP basics”: What to learn". */
export const describePointer = (document: Json, pointer: string): { label: string; field: string | undefined } => {
  const section = sectionOfPointer(pointer);
  const field = section.fields?.find((spec) => spec.at === pointer);
  if (field) return { label: field.label, field: pointer };
  for (const list of section.lists ?? []) {
    const match = new RegExp(`^${list.at}/(\\d+)(/.*)?$`).exec(pointer);
    if (!match) continue;
    const index = Number(match[1]);
    const item = getAt(document, `${list.at}/${index}`) as Record<string, Json> | undefined;
    const name = item ? list.titleOf(item, index) : `${list.noun} ${index + 1}`;
    // A problem with one entry of a list typed as text (a tier's step ids) is the list field's.
    const rest = match[2] ?? '';
    const spec = list.fields.find((candidate) => rest === candidate.at || isEntryOf(rest, candidate.at));
    if (spec) return { label: `${section.title}, “${name}”: ${spec.label}`, field: `${list.at}/${index}${spec.at}` };
    const inside = rest ? ` (${rest.slice(1)})` : '';
    return { label: `${section.title}, “${name}”${inside}`, field: undefined };
  }
  return { label: `${section.title} (${pointer.slice(1) || 'the whole draft'})`, field: undefined };
};

export const ErrorSummary = ({
  errors,
  document,
  onReveal,
}: {
  errors: FieldError[];
  document: Json;
  /** Opens the section a pointer is in; the field is focused once it is on the page. */
  onReveal: (pointer: string) => void;
}) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [errors]);
  const reveal = (pointer: string) => {
    onReveal(pointer);
    const started = Date.now();
    const tryFocus = () => {
      const control = window.document.getElementById(fieldIdOf(pointer));
      // A Markdown field showing its preview: back to its Write tab first.
      const hiddenPanel = control?.closest('[role="tabpanel"][hidden]');
      if (hiddenPanel) {
        window.document.getElementById(hiddenPanel.getAttribute('aria-labelledby') ?? '')?.click();
        setTimeout(tryFocus, 30);
      } else if (control) {
        control.focus();
        control.scrollIntoView({ block: 'center' });
      } else if (Date.now() - started < 2000) setTimeout(tryFocus, 30);
    };
    setTimeout(tryFocus, 0);
  };
  const sections = new Set(errors.map((error) => sectionOfPointer(error.pointer).id));
  return (
    <div className="error-box error-summary" ref={box} tabIndex={-1} aria-labelledby="draft-errors-title">
      <p className="error-summary-title" id="draft-errors-title">
        The draft was not saved. {errors.length === 1 ? 'Please correct this' : 'Please correct these'} and save again
        {sections.size > 1 ? ` (in ${sections.size} sections)` : ''}:
      </p>
      <ul>
        {errors.map((error, index) => {
          const { label, field } = describePointer(document, error.pointer);
          const sentence = sentenceFor(label, error);
          return (
            <li key={index}>
              {field !== undefined ? (
                <a
                  href={`#${fieldIdOf(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    reveal(field);
                  }}
                >
                  {sentence}
                </a>
              ) : (
                sentence
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
