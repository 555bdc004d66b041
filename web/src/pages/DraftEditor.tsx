// The studio's draft editor: the roadmap document, a section at a time, with a save that sends the changed sections
// with If-Match (a 412 keeps the editor's edits and offers to take in the other change), the API's problems beside
// their fields and in a summary that leads to them, and the live preview of the draft as last saved.
import { useEffect, useMemo, useState } from 'react';
import { messageOf } from '../api/errors';
import { EditorPage } from '../editor';
import { Link } from '../router';
import { ErrorSummary, isEntryOf } from '../studio/ErrorSummary';
import { DraftFormContext, type DraftForm } from '../studio/form-context';
import { LivePreview } from '../studio/LivePreview';
import { getAt, setAt } from '../studio/pointer';
import { withRule } from '../studio/problem-words';
import { SectionForm } from '../studio/SectionForm';
import { SECTIONS, sectionOfPointer } from '../studio/sections';
import { useDraft } from '../studio/useDraft';
import { useUnsavedWarning } from '../studio/unsaved';
import { announce } from '../ui/announcer';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/states';
import '../styles/studio.css';

const WIDE = '(min-width: 64rem)';

/** Whether the screen is wide enough for the form and the preview side by side (styles/studio.css, same width). */
const useWide = () => {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
};

const Editor = ({ id }: { id: string }) => {
  const draft = useDraft(id);
  const [sectionId, setSectionId] = useState(SECTIONS[0]!.id);
  const wide = useWide();
  // Beside the form on a wide screen; on a phone, instead of it, like a tab.
  const [showPreview, setShowPreview] = useState(() => window.matchMedia(WIDE).matches);
  const formHidden = showPreview && !wide;
  const [lastEditedStep, setLastEditedStep] = useState<string>();
  useUnsavedWarning(draft.dirty);
  // One list a refused save: the summary takes the focus when it changes, not on every keystroke.
  const errors = useMemo(
    () => (draft.save.kind === 'invalid' ? (draft.save.error.problem?.errors ?? []).map(withRule) : []),
    [draft.save],
  );

  useEffect(() => {
    if (draft.save.kind === 'saved') announce('Draft saved. The preview is being updated.');
    if (draft.save.kind === 'stale') announce('Not saved: someone else changed this draft.');
  }, [draft.save]);

  if (draft.loadError !== undefined) return <ErrorMessage error={draft.loadError} />;
  if (draft.saved === undefined || draft.document === undefined) return <Loading label="Loading the draft…" />;
  const { saved, document, save } = draft;
  const writable = saved.status === 'draft' || saved.status === 'approved';
  const form: DraftForm = {
    document,
    change: (pointer, value) => {
      const step = /^\/steps\/(\d+)\//.exec(pointer);
      if (step) setLastEditedStep(String(getAt(document, `/steps/${step[1]}/id`)));
      draft.setDocument(setAt(document, pointer, value) as typeof document);
    },
    // A list typed as text (a tier's step ids) shows the problems with its entries too.
    errorAt: (pointer) =>
      errors.find((error) => error.pointer === pointer) ?? errors.find((error) => isEntryOf(error.pointer, pointer)),
    hasErrorWithin: (pointer) =>
      errors.some((error) => error.pointer === pointer || error.pointer.startsWith(`${pointer}/`)),
  };
  const section = SECTIONS.find((entry) => entry.id === sectionId) ?? SECTIONS[0]!;
  const errorCount = (id: string) => errors.filter((error) => sectionOfPointer(error.pointer).id === id).length;

  return (
    <DraftFormContext.Provider value={form}>
      <p className="lead">
        {saved.roadmap.title} <span className="muted">({saved.roadmap.slug})</span>
      </p>
      {!writable && (
        <div className="notice">
          <p>
            This draft is {saved.status.replace('_', ' ')}: it cannot change now.{' '}
            <Link href={`/studio/drafts/${id}/review`}>Go to its review</Link>.
          </p>
        </div>
      )}
      <div className={`studio-layout${showPreview ? ' with-preview' : ''}`}>
        <form
          className="studio-form"
          aria-label="The draft"
          onSubmit={(event) => {
            event.preventDefault();
            void draft.saveChanges();
          }}
        >
          <div hidden={formHidden}>
            {save.kind === 'stale' && (
              <div className="error-box" role="alert">
                <p>
                  <strong>Not saved: someone else changed this draft since you opened it.</strong> Reload to see their
                  changes; your edits are kept in the form and put on top of theirs, to save again.
                </p>
                <button type="button" onClick={() => void draft.takeInTheirChanges()}>
                  Reload their changes, keep mine
                </button>
              </div>
            )}
            {save.kind === 'failed' && (
              <p className="error-box" role="alert">
                {messageOf(save.error)}
              </p>
            )}
            {errors.length > 0 && (
              <ErrorSummary
                errors={errors}
                document={document}
                onReveal={(pointer) => setSectionId(sectionOfPointer(pointer).id)}
              />
            )}
            <nav aria-label="Sections of the draft" className="studio-sections">
              <ul>
                {SECTIONS.map((entry) => {
                  const count = errorCount(entry.id);
                  return (
                    <li key={entry.id}>
                      <button
                        type="button"
                        aria-current={entry.id === section.id ? 'true' : undefined}
                        onClick={() => {
                          setSectionId(entry.id);
                          setTimeout(() => window.document.getElementById('studio-section-title')?.focus(), 0);
                        }}
                      >
                        {entry.title}
                        {count > 0 && <span className="studio-error-count"> ({count} to correct)</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <fieldset disabled={!writable} className="studio-fieldset">
              <legend className="visually-hidden">{section.title}</legend>
              <SectionForm section={section} />
            </fieldset>
          </div>
          <div className="studio-savebar">
            <button type="submit" className="primary" disabled={!writable || save.kind === 'saving' || !draft.dirty}>
              {save.kind === 'saving' ? 'Saving…' : 'Save draft'}
            </button>
            <p className="muted" role="status">
              {draft.dirty ? 'You have changes that are not saved.' : `Saved: revision ${saved.revision}.`}
            </p>
            <Link href={`/studio/drafts/${id}/review`}>Review and publish</Link>
            <button
              type="button"
              className="quiet"
              aria-expanded={showPreview}
              aria-controls="live-preview"
              onClick={() => setShowPreview((shown) => !shown)}
            >
              {!showPreview ? 'Show the live preview' : wide ? 'Hide the live preview' : 'Back to the form'}
            </button>
          </div>
        </form>
        <aside id="live-preview" aria-labelledby="live-preview-title" className="studio-preview" hidden={!showPreview}>
          <h2 id="live-preview-title">Live preview</h2>
          <LivePreview
            preview={draft.preview}
            error={draft.previewError}
            retry={draft.refreshPreview}
            refreshing={draft.previewing}
            openStep={lastEditedStep}
          />
        </aside>
      </div>
    </DraftFormContext.Provider>
  );
};

export const DraftEditor = ({ id }: { id: string }) => {
  usePageTitle('Edit a draft');
  return (
    <EditorPage title="Edit a draft" permission="drafts:write">
      {() => <Editor id={id} />}
    </EditorPage>
  );
};
