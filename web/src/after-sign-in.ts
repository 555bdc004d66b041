// What follows logging in or signing up, wherever it happens.
import { mergeGuestProgress } from './guest';
import { navigate } from './router';
import { announce } from './ui/announcer';

// Whether the account signed in on this page was made here just now: the dashboard greets a new learner as new, and
// anyone coming back (a later visit, a reload, a log in) as returning.
let newAccount = false;
export const isNewAccount = () => newAccount;

/** After logging in or signing up: bring in what the visitor tracked as a guest, then go on. */
export const afterSignIn = async (next: string, { signedUp = false } = {}) => {
  newAccount = signedUp;
  const merged = await mergeGuestProgress();
  announce(
    merged > 0 ? `Logged in. ${merged} progress entries from this browser were added to your account.` : 'Logged in',
  );
  navigate(next);
};
