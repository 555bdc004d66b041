// What follows logging in or signing up, wherever it happens.
import { mergeGuestProgress } from './guest';
import { navigate } from './router';
import { announce } from './ui/announcer';

/** After logging in: bring in what the visitor tracked as a guest, then go on. */
export const afterSignIn = async (next: string) => {
  const merged = await mergeGuestProgress();
  announce(
    merged > 0 ? `Logged in. ${merged} progress entries from this browser were added to your account.` : 'Logged in',
  );
  navigate(next);
};
