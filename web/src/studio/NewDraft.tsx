// Starting a draft from the studio's list: a change to a published roadmap (from what learners see now), a new
// roadmap copied from another, or a new roadmap from an empty skeleton. The editor opens on the new draft.
import { useState } from 'react';
import { api, call } from '../api/client';
import { navigate } from '../router';
import { Field, FormError, SelectField, useSubmit } from '../ui/forms';

type From = 'published' | 'roadmap' | 'empty';

const CHOICES: { value: From; label: string }[] = [
  { value: 'published', label: 'A change to a published roadmap' },
  { value: 'roadmap', label: 'A new roadmap, copied from another' },
  { value: 'empty', label: 'A new roadmap, started empty' },
];

export const NewDraft = ({ roadmaps }: { roadmaps: readonly { slug: string; title: string }[] }) => {
  const [from, setFrom] = useState<From>('published');
  const [roadmap, setRoadmap] = useState('');
  const [slug, setSlug] = useState('');
  const chosen = roadmap || roadmaps[0]?.slug || '';
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    const draft =
      from === 'published'
        ? await call(
            api.POST('/v1/roadmaps/{slug}/drafts', { params: { path: { slug: chosen } }, body: { from: 'published' } }),
          )
        : await call(
            api.POST('/v1/drafts', {
              body: from === 'empty' ? { slug, from: 'empty' } : { slug, from: 'roadmap', roadmap: chosen },
            }),
          );
    navigate(`/studio/drafts/${draft.id}`);
  });
  return (
    <form onSubmit={onSubmit} className="card new-draft" aria-labelledby="new-draft-title" noValidate>
      <h2 id="new-draft-title">Start a draft</h2>
      <FormError error={error} />
      <fieldset>
        <legend>What it is</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} className="radio">
            <input
              type="radio"
              name="draft-from"
              value={choice.value}
              checked={from === choice.value}
              onChange={() => setFrom(choice.value)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      {from !== 'empty' && (
        <SelectField
          label={from === 'published' ? 'Roadmap to change' : 'Roadmap to copy'}
          value={chosen}
          onChange={(event) => setRoadmap(event.target.value)}
          error={fieldError('/roadmap')}
        >
          {roadmaps.map((entry) => (
            <option key={entry.slug} value={entry.slug}>
              {entry.title}
            </option>
          ))}
        </SelectField>
      )}
      {from !== 'published' && (
        <Field
          label="The new roadmap’s address"
          hint="Lower case words joined by hyphens, as in data-engineer; not one a published roadmap has."
          value={slug}
          onChange={(event) => setSlug(event.target.value)}
          error={fieldError('/slug')}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Starting…' : 'Start the draft'}
      </button>
    </form>
  );
};
