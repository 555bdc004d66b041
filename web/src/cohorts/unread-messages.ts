// How many of the learner's messages are unread, for the header's badge: asked again on every page change and when
// the messages page marks one read (messagesChanged), so the badge never lags behind what the learner just did.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import { useLocation } from '../router';

const CHANGED = 'waymark:messages-changed';

export const messagesChanged = () => window.dispatchEvent(new Event(CHANGED));

/** The unread count, or undefined while unknown (signed out, loading, or the request failed). */
export const useUnreadMessages = () => {
  const session = useSession();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number>();
  const [asked, setAsked] = useState(0);
  const signedIn = session.status === 'signed-in';
  useEffect(() => {
    const onChange = () => setAsked((count) => count + 1);
    window.addEventListener(CHANGED, onChange);
    return () => window.removeEventListener(CHANGED, onChange);
  }, []);
  useEffect(() => {
    if (!signedIn) {
      setUnread(undefined);
      return;
    }
    let current = true;
    // Only the count is needed: the unread list is the smaller answer.
    call(api.GET('/v1/me/messages', { params: { query: { unread: true } } })).then(
      (list) => current && setUnread(list.unread),
      () => current && setUnread(undefined),
    );
    return () => {
      current = false;
    };
  }, [signedIn, pathname, asked]);
  return unread;
};
