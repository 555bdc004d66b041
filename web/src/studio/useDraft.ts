// The draft being edited: the document as last saved (with its ETag) and as the editor has it now, saving the
// sections that changed with If-Match, and taking in someone else's changes without losing the editor's own.
import { useCallback, useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import type { Ok } from '../api/types';
import { changedSections, type Json } from './pointer';
import type { DraftPreview } from './LivePreview';

export type Draft = Ok<'/v1/drafts/{id}'>;
type Document = Record<string, Json>;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'stale' }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'failed'; error: unknown };

const getDraft = (id: string) => call(api.GET('/v1/drafts/{id}', { params: { path: { id } } }));

export const useDraft = (id: string) => {
  const [saved, setSaved] = useState<Draft>();
  const [document, setDocument] = useState<Document>();
  const [loadError, setLoadError] = useState<unknown>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [preview, setPreview] = useState<DraftPreview>();
  const [previewError, setPreviewError] = useState<unknown>();
  const [previewing, setPreviewing] = useState(false);

  const refreshPreview = useCallback(() => {
    setPreviewing(true);
    setPreviewError(undefined);
    call(api.GET('/v1/drafts/{id}/preview', { params: { path: { id } } })).then(
      (answer) => {
        setPreview(answer);
        setPreviewing(false);
      },
      (failure: unknown) => {
        setPreviewError(failure);
        setPreviewing(false);
      },
    );
  }, [id]);

  useEffect(() => {
    getDraft(id).then((draft) => {
      setSaved(draft);
      setDocument(draft.document);
    }, setLoadError);
    refreshPreview();
  }, [id, refreshPreview]);

  const changes = saved && document ? changedSections(saved.document, document) : {};
  const dirty = Object.keys(changes).length > 0;

  const saveChanges = async () => {
    if (!saved || !dirty) return;
    setSave({ kind: 'saving' });
    try {
      const draft = await call(
        api.PATCH('/v1/drafts/{id}', {
          params: { path: { id }, header: { 'if-match': saved.etag } },
          body: changes,
        }),
      );
      setSaved(draft);
      setDocument(draft.document);
      setSave({ kind: 'saved' });
      refreshPreview();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 412) setSave({ kind: 'stale' });
      else if (failure instanceof ApiError && failure.status === 400 && (failure.problem?.errors?.length ?? 0) > 0)
        setSave({ kind: 'invalid', error: failure });
      else setSave({ kind: 'failed', error: failure });
    }
  };

  /**
   * Reads the draft as it is now and puts the editor's changed sections on top of it: their changes to the other
   * sections come in, the editor's own stay in the form, to be saved against the new revision.
   */
  const takeInTheirChanges = async () => {
    setSave({ kind: 'saving' });
    try {
      const latest = await getDraft(id);
      const mine = changedSections(saved!.document, document!);
      const rebased: Document = { ...latest.document };
      for (const [key, value] of Object.entries(mine)) {
        if (value === null) delete rebased[key];
        else rebased[key] = document![key];
      }
      setSaved(latest);
      setDocument(rebased);
      setSave({ kind: 'idle' });
      refreshPreview();
    } catch (failure) {
      setSave({ kind: 'failed', error: failure });
    }
  };

  return {
    saved,
    document,
    setDocument,
    loadError,
    dirty,
    save,
    saveChanges,
    takeInTheirChanges,
    preview,
    previewError,
    previewing,
    refreshPreview,
  };
};
