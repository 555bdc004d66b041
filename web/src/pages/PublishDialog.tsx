// Publishing an approved draft, in a modal dialog: the change notes learners read in the changelog, and for each step
// the draft removes, where its learners' progress goes: one step, several (a split; several removed steps naming the
// same step is a merge), or nowhere ("retire": the progress is kept, archived). The API's refusals are shown beside
// the row they are about: a 4xx naming /mapping/<i>/…, or a 409 naming a removed step learners have progress on.
import { useState } from 'react';
import { api, call } from '../api/client';
import { ApiError, type FieldError } from '../api/errors';
import type { Body, Ok } from '../api/types';
import { Dialog } from '../ui/dialog';
import { errorMarks, FieldMessage, FormError, SubmitButton, TextAreaField, useSubmit } from '../ui/forms';

type Draft = Ok<'/v1/drafts/{id}'>;
type DraftDiff = Ok<'/v1/drafts/{id}/diff'>;
type RemovedStep = DraftDiff['steps']['removed'][number];
export type Published = Ok<'/v1/drafts/{id}/publish', 'post'>;

/** An entry of the publish body's `mapping`: a removed step's successors, or its retirement. */
type MappingEntry = NonNullable<Body<'/v1/drafts/{id}/publish', 'post'>['mapping']>[number];

const RETIRE = 'retire';

const successorLabel = (step: RemovedStep) => `Where progress on “${step.title}” goes`;

/** The mapping the rows say; a row with nothing chosen yet is an error of the page's own, beside the row. */
const mappingOf = (removed: RemovedStep[], choices: string[][]) => {
  const errors: FieldError[] = [];
  const mapping = removed.map((step, index): MappingEntry => {
    const chosen = (choices[index] ?? []).filter(Boolean);
    if (chosen.length === 0)
      errors.push({ in: 'body', pointer: `/mapping/${index}/to`, detail: 'is not chosen yet', code: 'mapping' });
    return chosen[0] === RETIRE ? { from: step.id, retire: true } : { from: step.id, to: [...new Set(chosen)] };
  });
  return { mapping, errors };
};

/** A refusal naming a removed step only in its words (a 409: learners have progress on it) moves to that row. */
const besideRows = (failure: unknown, removed: RemovedStep[]) => {
  if (!(failure instanceof ApiError) || failure.problem?.errors === undefined) return failure;
  const errors = failure.problem.errors.map((error) => {
    if (error.pointer.startsWith('/mapping/')) return error;
    const index = removed.findIndex((step) => error.detail.includes(step.id));
    return index < 0
      ? error
      : { ...error, pointer: `/mapping/${index}/to`, detail: 'must be chosen: learners have progress on this step' };
  });
  return new ApiError(failure.status, { ...failure.problem, errors });
};

const MappingRow = ({
  step,
  index,
  steps,
  choice,
  onChange,
  error,
}: {
  step: RemovedStep;
  index: number;
  steps: Draft['document']['steps'];
  choice: string[];
  onChange: (choice: string[]) => void;
  error: FieldError | undefined;
}) => {
  const errorId = `mapping-${index}-error`;
  const [first = '', ...more] = choice;
  const options = steps.map((candidate, position) => (
    <option key={candidate.id} value={candidate.id}>
      {position + 1}. {candidate.title}
    </option>
  ));
  return (
    <fieldset className="mapping-row">
      <legend>
        “{step.title}”{' '}
        <span className="muted">
          (was step {step.number}, in {step.tierTitle})
        </span>
      </legend>
      <label htmlFor={`mapping-${index}-0`}>Progress on it goes to</label>
      <select
        id={`mapping-${index}-0`}
        value={first}
        onChange={(event) => onChange(event.target.value === RETIRE ? [RETIRE] : [event.target.value, ...more])}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...errorMarks(successorLabel(step), error)}
      >
        <option value="">Choose a step…</option>
        <option value={RETIRE}>Nowhere: retire it (progress is kept, archived)</option>
        {options}
      </select>
      {more.map((value, extra) => (
        <div className="mapping-more" key={extra}>
          <label htmlFor={`mapping-${index}-${extra + 1}`}>and also to</label>
          <select
            id={`mapping-${index}-${extra + 1}`}
            value={value}
            onChange={(event) => onChange(choice.map((old, at) => (at === extra + 1 ? event.target.value : old)))}
          >
            <option value="">Choose a step…</option>
            {options}
          </select>
          <button
            type="button"
            className="button quiet small"
            onClick={() => onChange(choice.filter((_, at) => at !== extra + 1))}
          >
            Remove<span className="visually-hidden"> this step from where “{step.title}” goes</span>
          </button>
        </div>
      ))}
      {first !== '' && first !== RETIRE && (
        <button type="button" className="button secondary small" onClick={() => onChange([...choice, ''])}>
          Add a step it splits into
        </button>
      )}
      <FieldMessage id={errorId} label={successorLabel(step)} error={error} />
    </fieldset>
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
  const removed = diff.steps.removed;
  const [notes, setNotes] = useState('');
  const [choices, setChoices] = useState<string[][]>(() => removed.map(() => ['']));
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    const { mapping, errors } = mappingOf(removed, choices);
    if (errors.length > 0)
      throw new ApiError(400, { title: 'Not yet', status: 400, detail: 'Choose where progress goes.', errors });
    try {
      const published = await call(
        api.POST('/v1/drafts/{id}/publish', {
          params: { path: { id: draft.id }, header: { 'if-match': draft.etag } },
          // Sent only when steps go: a mapping of nothing says nothing.
          body: removed.length > 0 ? { notes, mapping } : { notes },
        }),
      );
      onPublished(published);
    } catch (failure) {
      throw besideRows(failure, removed);
    }
  });
  const rowError = (index: number) =>
    error instanceof ApiError
      ? error.problem?.errors?.find((entry) => entry.pointer.startsWith(`/mapping/${index}/`))
      : undefined;

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
            <section aria-labelledby="mapping-title">
              <h3 id="mapping-title">Steps this draft removes</h3>
              <p className="hint">
                Learners keep their progress: say which step of the new version each removed step became.
              </p>
              {removed.map((step, index) => (
                <MappingRow
                  key={step.id}
                  step={step}
                  index={index}
                  steps={draft.document.steps}
                  choice={choices[index] ?? ['']}
                  onChange={(choice) => setChoices((all) => all.map((old, at) => (at === index ? choice : old)))}
                  error={rowError(index)}
                />
              ))}
            </section>
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
