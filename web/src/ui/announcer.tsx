// One polite live region for the whole app: status changes (saved, marked done, page loaded) are read out by screen
// readers without moving focus.
import { useSyncExternalStore } from 'react';

let message = '';
const listeners = new Set<() => void>();

export const announce = (text: string) => {
  // Clearing first makes a repeated message ("Saved") be read again.
  message = '';
  for (const listener of listeners) listener();
  setTimeout(() => {
    message = text;
    for (const listener of listeners) listener();
  }, 50);
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const Announcer = () => {
  const text = useSyncExternalStore(subscribe, () => message);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
};
