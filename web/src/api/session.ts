// The browser session: the refresh token stays in its HttpOnly __Host- cookie, out of reach of scripts; the access
// token is kept in this module's memory only, so a reload starts by trading the cookie for a new one. Cookie calls
// carry the CSRF token, copied from its readable cookie (double submit).
import { useSyncExternalStore } from 'react';
import createClient from 'openapi-fetch';
import { ApiError, problemOf } from './errors';
import type { paths } from './schema';
import type { TokenPair, User } from './types';

export type SessionState = { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; user: User };

const CSRF_COOKIE = '__Host-waymark_csrf';
// Refresh a minute before the access token runs out, so calls rarely meet a 401.
const REFRESH_MARGIN_SECONDS = 60;

// Cookie calls use a client without the access-token middleware: they authenticate with the cookie alone.
const cookieClient = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

let state: SessionState = { status: 'checking' };
let token: string | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
const listeners = new Set<() => void>();

const setState = (next: SessionState) => {
  state = next;
  for (const listener of listeners) listener();
};

const csrfToken = () =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${CSRF_COOKIE}=`))
    ?.slice(CSRF_COOKIE.length + 1);

const adopt = (pair: TokenPair) => {
  token = pair.accessToken;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshSession(), Math.max(pair.expiresIn - REFRESH_MARGIN_SECONDS, 10) * 1000);
  setState({ status: 'signed-in', user: pair.user });
};

const forget = () => {
  token = undefined;
  clearTimeout(refreshTimer);
  setState({ status: 'signed-out' });
};

export const accessToken = () => token;
export const currentSession = () => state;

/** Trades the session cookie for a new access token; false (and signed out) when there is no valid session. */
export const refreshSession = () => {
  refreshing ??= (async () => {
    const csrf = csrfToken();
    if (csrf === undefined) {
      forget();
      return false;
    }
    try {
      const { data } = await cookieClient.POST('/v1/auth/refresh', { body: {}, headers: { 'x-csrf-token': csrf } });
      if (data === undefined) {
        forget();
        return false;
      }
      adopt(data);
      return true;
    } catch {
      // Offline: keep whatever state we had; the next call will try again.
      if (state.status === 'checking') setState({ status: 'signed-out' });
      return false;
    }
  })().finally(() => (refreshing = undefined));
  return refreshing;
};

/** Resolves once the session is known (the refresh that a page load starts has answered). */
export const sessionKnown = async () => {
  if (refreshing !== undefined) await refreshing;
};

/** Logs in with a cookie session; resolves to the user, or rejects with the API's answer. */
export const logIn = async (email: string, password: string) => {
  const { data, error, response } = await cookieClient
    .POST('/v1/auth/login', { body: { email, password, session: 'cookie' } })
    .catch(() => {
      throw new ApiError(0, undefined, true);
    });
  if (data === undefined) throw new ApiError(response.status, problemOf(error));
  adopt(data);
  return data.user;
};

export const logOut = async () => {
  const csrf = csrfToken();
  try {
    if (csrf !== undefined) await cookieClient.POST('/v1/auth/logout', { body: {}, headers: { 'x-csrf-token': csrf } });
  } finally {
    forget();
  }
};

/** After a profile change (name, verification) the header and pages show the new details. */
export const updateUser = (user: User) => {
  if (state.status === 'signed-in') setState({ status: 'signed-in', user });
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useSession = () => useSyncExternalStore(subscribe, currentSession);
