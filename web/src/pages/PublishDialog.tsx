// Publishing an approved draft, in a modal dialog: the change notes learners read in the changelog, and for each step
// or checklist item the draft removes, where what learners have on it goes: one step (item), several (a split;
// several removed ones naming the same is a merge), or nowhere ("retire": it is kept, archived). Steps and checklist
// items are mapped alike (`mapping`, `checklistMapping`). The API's refusals are shown beside the row they are
// about: a 4xx naming /mapping/<i>/… (/checklistMapping/<i>/…), or a 409 naming a removed one learners use.
import { useState } from 'react';
import { api, call } from '../api/client';
import { ApiError, type FieldError } from '../api/errors';
import type { Body, Ok } from '../api/types';
import { Dialog } from '../ui/dialog';
import { errorMarks, FieldMessage, FormError, SubmitButton, TextAreaField, useSubmit } from '../ui/forms';

type Draft = Ok<'/v1/drafts/{id}'>;
type DraftDiff = Ok<'/v1/drafts/{id}/diff'>;
export type Published = Ok<'/v1/drafts/{id}/publish', 'post'>;

/** An entry of the publish body's `mapping` or `checklistMapping`: successors, or retirement (one shape). */
type MappingEntry = NonNullable<Body<'/v1/drafts/{id}/publish', 'post'>['mapping']>[number];

/** Something the draft removes, as its row names it. */
type Removed = { id: string; title: string; where: string | null };
type Candidate = { id: string; title: string };

/** What one kind of mapping is called, where it is in the body, and the words of its rows. */
type MappingKind = {
  pointer: '/mapping' | '/checklistMapping';
  idPrefix: string;
  heading: string;
  hint: string;
  goesTo: string;
  choose: string;
  retire: string;
  split: string;
  kept: (title: string) => string;
  inUse: string;
};

const STEPS: MappingKind = {
  pointer: '/mapping',
  idPrefix: 'mapping',
  heading: 'Steps this draft removes',
  hint: 'Learners keep their progress: say which step of the new version each removed step became.',
  goesTo: 'Progress on it goes to',
  choose: 'Choose a step…',
  retire: 'Nowhere: retire it (progress is kept, archived)',
  split: 'Add a step it splits into',
  kept: (title) => `Where progress on “${title}” goes`,
  inUse: 'must be chosen: learners have progress on this step',
};

const CHECKLIST: MappingKind = {
  pointer: '/checklistMapping',
  idPrefix: 'checklist-mapping',
  heading: 'Checklist items this draft removes',
  hint: 'Learners keep their answers: say which item of the new checklist each removed item became.',
  goesTo: 'Answers to it go to',
  choose: 'Choose an item…',
  retire: 'Nowhere: retire it (answers are kept, archived)',
  split: 'Add an item it splits into',
  kept: (title) => `Where answers to “${title}” go`,
  inUse: 'must be chosen: learners have answered this item',
};

const RETIRE = 'retire';

/** The mapping the rows say; a row with nothing chosen yet is an error of the page's own, beside the row. */
const mappingOf = (kind: MappingKind, removed: Removed[], choices: string[][]) => {
  const errors: FieldError[] = [];
  const mapping = removed.map((item, index): MappingEntry => {
    const chosen = (choices[index] ?? []).filter(Boolean);
    if (chosen.length === 0)
      errors.push({ in: 'body', pointer: `${kind.pointer}/${index}/to`, detail: 'is not chosen yet', code: 'mapping' });
    return chosen[0] === RETIRE ? { from: item.id, retire: true } : { from: item.id, to: [...new Set(chosen)] };
  });
  return { mapping, errors };
};

/** A refusal naming a removed step (item) only in its words (a 409: learners use it) moves to that row. */
const besideRows = (failure: unknown, kinds: [MappingKind, Removed[]][]) => {
  if (!(failure instanceof ApiError) || failure.problem?.errors === undefined) return failure;
  const errors = failure.problem.errors.map((error) => {
    for (const [kind, removed] of kinds) {
      if (error.pointer !== kind.pointer) continue;
      const index = removed.findIndex((item) => error.detail.includes(item.id));
      if (index >= 0) return { ...error, pointer: `${kind.pointer}/${index}/to`, detail: kind.inUse };
    }
    return error;
  });
  return new ApiError(failure.status, { ...failure.problem, errors });
};

/** The checklist items the draft removes, from its diff: the checklist titles that went. */
const removedItemsOf = (diff: DraftDiff): Removed[] =>
  diff.texts
    .filter((text) => text.section === 'checklist' && text.field === 'title' && text.after === null && text.itemId)
    .map((text) => ({ id: text.itemId!, title: text.before ?? text.itemId!, where: null }));

const MappingRow = ({
  kind,
  item,
  index,
  candidates,
  choice,
  onChange,
  error,
}: {
  kind: MappingKind;
  item: Removed;
  index: number;
  candidates: Candidate[];
  choice: string[];
  onChange: (choice: string[]) => void;
  error: FieldError | undefined;
}) => {
  const id = `${kind.idPrefix}-${index}`;
  const errorId = `${id}-error`;
  const [first = '', ...more] = choice;
  const options = candidates.map((candidate, position) => (
    <option key={candidate.id} value={candidate.id}>
      {position + 1}. {candidate.title}
    </option>
  ));
  return (
    <fieldset className="mapping-row">
      <legend>
        “{item.title}”{item.where !== null && <span className="muted"> ({item.where})</span>}
      </legend>
      <label htmlFor={`${id}-0`}>{kind.goesTo}</label>
      <select
        id={`${id}-0`}
        value={first}
        onChange={(event) => onChange(event.target.value === RETIRE ? [RETIRE] : [event.target.value, ...more])}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...errorMarks(kind.kept(item.title), error)}
      >
        <option value="">{kind.choose}</option>
        <option value={RETIRE}>{kind.retire}</option>
        {options}
      </select>
      {more.map((value, extra) => (
        <div className="mapping-more" key={extra}>
          <label htmlFor={`${id}-${extra + 1}`}>and also to</label>
          <select
            id={`${id}-${extra + 1}`}
            value={value}
            onChange={(event) => onChange(choice.map((old, at) => (at === extra + 1 ? event.target.value : old)))}
          >
            <option value="">{kind.choose}</option>
            {options}
          </select>
          <button
            type="button"
            className="button quiet small"
            onClick={() => onChange(choice.filter((_, at) => at !== extra + 1))}
          >
            Remove<span className="visually-hidden"> this one from where “{item.title}” goes</span>
          </button>
        </div>
      ))}
      {first !== '' && first !== RETIRE && (
        <button type="button" className="button secondary small" onClick={() => onChange([...choice, ''])}>
          {kind.split}
        </button>
      )}
      <FieldMessage id={errorId} label={kind.kept(item.title)} error={error} />
    </fieldset>
  );
};

/** The rows of one kind of mapping, under their heading. */
const MappingSection = ({
  kind,
  removed,
  candidates,
  choices,
  setChoices,
  error,
}: {
  kind: MappingKind;
  removed: Removed[];
  candidates: Candidate[];
  choices: string[][];
  setChoices: (update: (all: string[][]) => string[][]) => void;
  error: unknown;
}) => {
  const titleId = `${kind.idPrefix}-title`;
  const rowError = (index: number) =>
    error instanceof ApiError
      ? error.problem?.errors?.find((entry) => entry.pointer.startsWith(`${kind.pointer}/${index}/`))
      : undefined;
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{kind.heading}</h3>
      <p className="hint">{kind.hint}</p>
      {removed.map((item, index) => (
        <MappingRow
          key={item.id}
          kind={kind}
          item={item}
          index={index}
          candidates={candidates}
          choice={choices[index] ?? ['']}
          onChange={(choice) => setChoices((all) => all.map((old, at) => (at === index ? choice : old)))}
          error={rowError(index)}
        />
      ))}
    </section>
  );
};

export const PublishDialog = ({
  draft,
  diff,
  onClose,
  onPublished,
}: {
  draft: Draft;
  diff: DraftDiff;
  onClose: () => void;
  onPublished: (published: Published) => void;
}) => {
  const removed: Removed[] = diff.steps.removed.map((step) => ({
    id: step.id,
    title: step.title,
    where: `was step ${step.number}, in ${step.tierTitle}`,
  }));
  const removedItems = removedItemsOf(diff);
  const [notes, setNotes] = useState('');
  const [choices, setChoices] = useState<string[][]>(() => removed.map(() => ['']));
  const [itemChoices, setItemChoices] = useState<string[][]>(() => removedItems.map(() => ['']));
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    const steps = mappingOf(STEPS, removed, choices);
    const items = mappingOf(CHECKLIST, removedItems, itemChoices);
    const errors = [...steps.errors, ...items.errors];
    if (errors.length > 0)
      throw new ApiError(400, { title: 'Not yet', status: 400, detail: 'Choose where it goes.', errors });
    try {
      const published = await call(
        api.POST('/v1/drafts/{id}/publish', {
          params: { path: { id: draft.id }, header: { 'if-match': draft.etag } },
          // Each mapping is sent only when the draft removes something of its kind.
          body: {
            notes,
            ...(removed.length > 0 ? { mapping: steps.mapping } : {}),
            ...(removedItems.length > 0 ? { checklistMapping: items.mapping } : {}),
          },
        }),
      );
      onPublished(published);
    } catch (failure) {
      throw besideRows(failure, [
        [STEPS, removed],
        [CHECKLIST, removedItems],
      ]);
    }
  });

  return (
    <Dialog title="Publish this draft" onClose={onClose}>
      {() => (
        <form onSubmit={onSubmit} noValidate>
          <FormError error={error} />
          <TextAreaField
            label="Change notes"
            hint="What changed, for learners: the changelog shows it with the new version."
            rows={3}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            error={fieldError('/notes')}
            data-autofocus
            required
          />
          {removed.length > 0 && (
            <MappingSection
              kind={STEPS}
              removed={removed}
              candidates={draft.document.steps}
              choices={choices}
              setChoices={setChoices}
              error={error}
            />
          )}
          {removedItems.length > 0 && (
            <MappingSection
              kind={CHECKLIST}
              removed={removedItems}
              candidates={draft.document.checklist}
              choices={itemChoices}
              setChoices={setItemChoices}
              error={error}
            />
          )}
          <div className="dialog-actions">
            <SubmitButton busy={busy} busyLabel="Publishing…">
              Publish as version {diff.to}
            </SubmitButton>
            <button type="button" className="button secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
};
