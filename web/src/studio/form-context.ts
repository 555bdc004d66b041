// What every field of the draft editor reads and writes: the document being edited, a change at a pointer, and the
// API's problem for a pointer after a save was refused.
import { createContext, useContext } from 'react';
import type { FieldError } from '../api/errors';
import type { Json } from './pointer';

export interface DraftForm {
  document: Json;
  change: (pointer: string, value: Json) => void;
  errorAt: (pointer: string) => FieldError | undefined;
  /** Whether any problem names this pointer or a field within it (an item holding an error opens by itself). */
  hasErrorWithin: (pointer: string) => boolean;
}

export const DraftFormContext = createContext<DraftForm | undefined>(undefined);

export const useDraftForm = () => {
  const form = useContext(DraftFormContext);
  if (form === undefined) throw new Error('A draft field needs the DraftFormContext of the editor around it.');
  return form;
};
