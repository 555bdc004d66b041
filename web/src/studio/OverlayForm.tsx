// A fork's overlay as a form (decisions 0034 and 0044): its title and summary, and for each step of the upstream
// version it is laid on whether learners see it, its title and summary in the fork and the editors' note under it;
// then the fork's own steps, each placed after a step. The overlay is edited in its own shape, so the API's pointers
// (/overlay/rename/0/title) find their fields; `tidy` drops empty entries before it is sent. The order of steps and
// the resources the fork adds are kept as they are (the API takes them; this form does not change them yet).
import '../styles/studio.css';
import { useState } from 'react';
import type { FieldError } from '../api/errors';
import type { Ok } from '../api/types';
import { Field, SelectField, TextAreaField } from '../ui/forms';

export type Overlay = Ok<'/v1/forks/{slug}'>['overlay'];
export type UpstreamDocument = Ok<'/v1/roadmaps/{slug}/versions/{number}'>['document'];
type Rename = NonNullable<Overlay['rename']>[number];
type Added = NonNullable<Overlay['add']>[number];

/** The overlay without entries that say nothing: an empty rename or note, empty lists, a blank title. */
export const tidy = (overlay: Overlay): Overlay => {
  const rename = (overlay.rename ?? [])
    .map((entry) => ({
      step: entry.step,
      ...(entry.title?.trim() ? { title: entry.title } : {}),
      ...(entry.summary?.trim() ? { summary: entry.summary } : {}),
    }))
    .filter((entry) => entry.title !== undefined || entry.summary !== undefined);
  const notes = (overlay.notes ?? []).filter((entry) => entry.note.trim() !== '');
  const { title, summary, hide, add, order, resources } = overlay;
  return {
    ...(title?.trim() ? { title } : {}),
    ...(summary?.trim() ? { summary } : {}),
    ...(hide?.length ? { hide } : {}),
    ...(add?.length ? { add } : {}),
    ...(order?.length ? { order } : {}),
    ...(rename.length ? { rename } : {}),
    ...(resources?.length ? { resources } : {}),
    ...(notes.length ? { notes } : {}),
  };
};

type Props = {
  /** The level of the form's section headings: 2 on a page of its own, 3 inside a page's section. */
  level?: 2 | 3;
  upstream: UpstreamDocument;
  overlay: Overlay;
  onChange: (overlay: Overlay) => void;
  fieldError: (pointer: string) => FieldError | undefined;
};

/** One upstream step: shown or hidden, and what the fork changes about it. */
const UpstreamStep = ({ step, ...props }: Props & { step: UpstreamDocument['steps'][number] }) => {
  const { overlay, onChange, fieldError } = props;
  const [open, setOpen] = useState(false);
  const hidden = (overlay.hide ?? []).includes(step.id);
  const renameAt = (overlay.rename ?? []).findIndex((entry) => entry.step === step.id);
  const noteAt = (overlay.notes ?? []).findIndex((entry) => entry.step === step.id);
  const rename = overlay.rename?.[renameAt];
  const errorsHere = [
    fieldError(`/overlay/rename/${renameAt}/title`),
    fieldError(`/overlay/rename/${renameAt}/summary`),
    fieldError(`/overlay/notes/${noteAt}/note`),
  ].some((error) => error !== undefined);
  const setRename = (change: Partial<Rename>) => {
    const list = [...(overlay.rename ?? [])];
    if (renameAt === -1) list.push({ step: step.id, ...change });
    else list[renameAt] = { ...list[renameAt]!, ...change };
    onChange({ ...overlay, rename: list });
  };
  const setNote = (note: string) => {
    const list = [...(overlay.notes ?? [])];
    if (noteAt === -1) list.push({ step: step.id, note });
    else list[noteAt] = { step: step.id, note };
    onChange({ ...overlay, notes: list });
  };
  const formId = `overlay-step-${step.id}`;
  return (
    <li className="list-editor-item">
      <div className="list-editor-head">
        <button
          type="button"
          className="list-editor-toggle"
          aria-expanded={open || errorsHere}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {rename?.title?.trim() ? `${rename.title} (upstream: ${step.title})` : step.title}
        </button>
        <label className="checkbox overlay-shown">
          <input
            type="checkbox"
            // Every step has one: the name says which (it starts with the words shown, as speech input needs).
            aria-label={`Shown to learners: ${step.title}`}
            checked={!hidden}
            onChange={(event) =>
              onChange({
                ...overlay,
                hide: event.target.checked
                  ? (overlay.hide ?? []).filter((id) => id !== step.id)
                  : [...(overlay.hide ?? []), step.id],
              })
            }
          />
          Shown to learners
        </label>
      </div>
      {(open || errorsHere) && (
        <div className="list-editor-form" id={formId}>
          <Field
            label="Title in the fork"
            hint={`Leave it empty to keep upstream’s: “${step.title}”.`}
            value={rename?.title ?? ''}
            onChange={(event) => setRename({ title: event.target.value })}
            error={fieldError(`/overlay/rename/${renameAt}/title`)}
          />
          <TextAreaField
            label="Summary in the fork"
            hint="Leave it empty to keep upstream’s."
            rows={2}
            value={rename?.summary ?? ''}
            onChange={(event) => setRename({ summary: event.target.value })}
            error={fieldError(`/overlay/rename/${renameAt}/summary`)}
          />
          <TextAreaField
            label="A note from the fork’s editors"
            hint="Markdown. Learners read it below the step."
            rows={3}
            value={overlay.notes?.[noteAt]?.note ?? ''}
            onChange={(event) => setNote(event.target.value)}
            error={fieldError(`/overlay/notes/${noteAt}/note`)}
          />
        </div>
      )}
    </li>
  );
};

const newStep = (index: number, after: string | undefined): Added => ({
  step: {
    id: `our-step-${index + 1}`,
    title: '',
    summary: '',
    topics: [],
    estimatedHours: 2,
    resources: [],
    body: '',
  },
  ...(after === undefined ? {} : { after }),
});

/** One step of the fork's own: its id, words, hours and place. */
const AddedStep = ({ index, places, ...props }: Props & { index: number; places: { id: string; title: string }[] }) => {
  const { overlay, onChange, fieldError } = props;
  const entry = overlay.add![index]!;
  const at = `/overlay/add/${index}`;
  const set = (change: Partial<Added['step']>, after = entry.after) => {
    const list = [...overlay.add!];
    const { tier: _tier, ...rest } = entry;
    list[index] = { ...rest, step: { ...entry.step, ...change }, ...(after === undefined ? {} : { after }) };
    onChange({ ...overlay, add: list });
  };
  const name = entry.step.title.trim() || `Step ${index + 1}`;
  return (
    <li className="list-editor-item overlay-added">
      <fieldset className="studio-fieldset list-editor-form">
        <legend>
          <strong>{name}</strong>
        </legend>
        <Field
          label="Id"
          hint="Lower case words with hyphens; learners’ progress is kept under it."
          value={entry.step.id}
          onChange={(event) => set({ id: event.target.value })}
          error={fieldError(`${at}/step/id`)}
        />
        <Field
          label="Title"
          value={entry.step.title}
          onChange={(event) => set({ title: event.target.value })}
          error={fieldError(`${at}/step/title`)}
        />
        <TextAreaField
          label="Summary"
          rows={2}
          value={entry.step.summary}
          onChange={(event) => set({ summary: event.target.value })}
          error={fieldError(`${at}/step/summary`)}
        />
        <Field
          label="Estimated hours"
          type="number"
          min={1}
          inputMode="numeric"
          value={String(entry.step.estimatedHours)}
          onChange={(event) => set({ estimatedHours: Number(event.target.value) })}
          error={fieldError(`${at}/step/estimatedHours`)}
        />
        <TextAreaField
          label="What to learn"
          hint="Markdown: the step’s page."
          rows={5}
          value={entry.step.body}
          onChange={(event) => set({ body: event.target.value })}
          error={fieldError(`${at}/step/body`)}
        />
        <SelectField
          label="Placed after"
          value={entry.after ?? ''}
          onChange={(event) => set({}, event.target.value)}
          error={fieldError(`${at}/after`)}
        >
          {places
            .filter((place) => place.id !== entry.step.id)
            .map((place) => (
              <option key={place.id} value={place.id}>
                {place.title}
              </option>
            ))}
        </SelectField>
        <div className="list-editor-actions">
          <button
            type="button"
            className="small secondary"
            onClick={() => onChange({ ...overlay, add: overlay.add!.filter((_, i) => i !== index) })}
          >
            Remove “{name}”
          </button>
        </div>
      </fieldset>
    </li>
  );
};

export const OverlayForm = (props: Props) => {
  const { upstream, overlay, onChange, fieldError, level = 2 } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  const TierHeading = level === 2 ? 'h3' : 'h4';
  const byId = new Map(upstream.steps.map((step) => [step.id, step]));
  const added = overlay.add ?? [];
  const places = [
    ...upstream.steps.map((step) => ({ id: step.id, title: step.title })),
    ...added.map((entry, i) => ({ id: entry.step.id, title: entry.step.title.trim() || `Step ${i + 1}` })),
  ];
  return (
    <div className="overlay-form">
      <section className="studio-section" aria-labelledby="overlay-words-title">
        <Heading id="overlay-words-title" tabIndex={-1}>
          Title and summary
        </Heading>
        <div className="studio-field">
          <Field
            label="Title of the fork"
            hint={`Leave it empty to keep upstream’s: “${upstream.title}”.`}
            value={overlay.title ?? ''}
            onChange={(event) => onChange({ ...overlay, title: event.target.value })}
            error={fieldError('/overlay/title')}
          />
          <TextAreaField
            label="Summary of the fork"
            hint="Leave it empty to keep upstream’s."
            rows={2}
            value={overlay.summary ?? ''}
            onChange={(event) => onChange({ ...overlay, summary: event.target.value })}
            error={fieldError('/overlay/summary')}
          />
        </div>
      </section>
      <section className="studio-section" aria-labelledby="overlay-steps-title">
        <Heading id="overlay-steps-title">Upstream’s steps</Heading>
        <p className="hint">Open a step to give it a title, a summary or a note of the fork’s own.</p>
        {upstream.tiers.map((tier) => (
          <div key={tier.id}>
            <TierHeading>{tier.title}</TierHeading>
            <ul className="list-editor-items">
              {tier.steps.map((stepId) => (
                <UpstreamStep key={stepId} step={byId.get(stepId)!} {...props} />
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section className="studio-section" aria-labelledby="overlay-added-title">
        <Heading id="overlay-added-title">Steps of the fork’s own</Heading>
        {added.length === 0 && <p>None yet.</p>}
        <ul className="list-editor-items">
          {added.map((entry, index) => (
            <AddedStep key={index} index={index} places={places} {...props} />
          ))}
        </ul>
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ ...overlay, add: [...added, newStep(added.length, places.at(-1)?.id)] })}
        >
          Add a step
        </button>
        {(overlay.order?.length ?? 0) + (overlay.resources?.length ?? 0) > 0 && (
          <p className="hint">The fork’s own order of steps and the resources it adds stay as they are.</p>
        )}
      </section>
    </div>
  );
};
