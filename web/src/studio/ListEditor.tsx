// A list in the document (steps, tiers, FAQ entries, …): each item a card that opens to its form, with buttons to
// move it up or down, remove it, and add a new one. Every action is a button with a name that says which item it is
// about; nothing needs a mouse or a drag.
import { useEffect, useRef, useState } from 'react';
import { announce } from '../ui/announcer';
import { DocField, type FieldSpec } from './fields';
import { useDraftForm } from './form-context';
import { childPointer, fieldIdOf, getAt, moved, type Json } from './pointer';

export interface ListSpec {
  /** The list's pointer, e.g. /steps. */
  at: string;
  /** What one item is called, lower case: "step". */
  noun: string;
  fields: FieldSpec[];
  titleOf: (item: Record<string, Json>, index: number) => string;
  /** A new item, filled in enough to be edited (and to pass the checks once its words are written). */
  create: (items: Record<string, Json>[]) => Record<string, Json>;
}

export const ListEditor = ({ spec }: { spec: ListSpec }) => {
  const { document, change, hasErrorWithin } = useDraftForm();
  const items = (getAt(document, spec.at) as Record<string, Json>[] | undefined) ?? [];
  const [open, setOpen] = useState<Set<number>>(new Set());
  const focusNext = useRef<string>(undefined);

  useEffect(() => {
    if (focusNext.current === undefined) return;
    window.document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  const move = (from: number, to: number, direction: 'up' | 'down') => {
    change(spec.at, moved(items, from, to));
    setOpen((current) => new Set([...current].map((i) => (i === from ? to : i === to ? from : i))));
    // The button stays under the keyboard user's hand; at either end, the one that can still move it.
    const edge = to === 0 ? 'down' : to === items.length - 1 ? 'up' : direction;
    focusNext.current = `${fieldIdOf(spec.at)}-${to}-${edge}`;
    announce(`${spec.titleOf(items[from]!, from)} moved to position ${to + 1} of ${items.length}.`);
  };

  const remove = (index: number) => {
    const title = spec.titleOf(items[index]!, index);
    change(
      spec.at,
      items.filter((_, i) => i !== index),
    );
    setOpen((current) => new Set([...current].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))));
    focusNext.current = `${fieldIdOf(spec.at)}-add`;
    announce(`${title} removed.`);
  };

  const add = () => {
    const item = spec.create(items);
    change(spec.at, [...items, item]);
    setOpen((current) => new Set([...current, items.length]));
    focusNext.current = fieldIdOf(`${childPointer(spec.at, items.length)}${spec.fields[0]!.at}`);
  };

  return (
    <div className="list-editor">
      <ol className="list-editor-items">
        {items.map((item, index) => {
          const pointer = childPointer(spec.at, index);
          const title = spec.titleOf(item, index);
          const expanded = open.has(index) || hasErrorWithin(pointer);
          const base = `${fieldIdOf(spec.at)}-${index}`;
          return (
            <li key={index} className="list-editor-item">
              <div className="list-editor-head">
                <button
                  type="button"
                  className="list-editor-toggle"
                  aria-expanded={expanded}
                  aria-controls={`${base}-form`}
                  onClick={() => toggle(index)}
                >
                  {title}
                </button>
                <span className="list-editor-actions">
                  <button
                    type="button"
                    className="secondary small"
                    id={`${base}-up`}
                    disabled={index === 0}
                    aria-label={`Move ${spec.noun} “${title}” up`}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    id={`${base}-down`}
                    disabled={index === items.length - 1}
                    aria-label={`Move ${spec.noun} “${title}” down`}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    className="danger small"
                    aria-label={`Remove ${spec.noun} “${title}”`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                </span>
              </div>
              <div id={`${base}-form`} hidden={!expanded} className="list-editor-form">
                {expanded &&
                  spec.fields.map((field) => (
                    <DocField key={field.at} pointer={`${pointer}${field.at}`} spec={field} />
                  ))}
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" id={`${fieldIdOf(spec.at)}-add`} onClick={add}>
        Add a {spec.noun}
      </button>
    </div>
  );
};
