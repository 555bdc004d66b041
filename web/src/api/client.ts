// Every call the app makes goes through this typed client, generated from openapi.json. The access token lives only
// in memory (session.ts); a 401 triggers one refresh through the session cookie and one retry.
import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, problemOf } from './errors';
import { accessToken, refreshSession } from './session';

const withToken = (request: Request) => {
  const token = accessToken();
  if (token !== undefined) request.headers.set('authorization', `Bearer ${token}`);
  return request;
};

const authenticatedFetch = async (request: Request) => {
  const retry = request.clone();
  const response = await fetch(withToken(request));
  if (response.status !== 401 || accessToken() === undefined) return response;
  return (await refreshSession()) ? fetch(withToken(retry)) : response;
};

export const api = createClient<paths>({ baseUrl: '', fetch: authenticatedFetch });

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export const call = async <T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new ApiError(0, undefined, true);
  }
  if (!result.response.ok) throw new ApiError(result.response.status, problemOf(result.error));
  return result.data as T;
};

/**
 * Sends a write kept while offline (offline.ts): 'sent'; 'refused' when the API said no for good (4xx); 'later' when
 * it could not be reached, is overloaded, or the session has to be renewed first.
 */
export const sendQueuedWrite = async (path: string, body: unknown): Promise<'sent' | 'refused' | 'later'> => {
  try {
    const response = await authenticatedFetch(
      new Request(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    );
    if (response.ok) return 'sent';
    return response.status === 401 || response.status === 429 || response.status >= 500 ? 'later' : 'refused';
  } catch {
    return 'later';
  }
};

/** Downloads a file the API sends to the signed-in user (export, calendar) under the given name. */
export const download = async (url: string, filename: string) => {
  let response: Response;
  try {
    response = await authenticatedFetch(new Request(url));
  } catch {
    throw new ApiError(0, undefined, true);
  }
  if (!response.ok) throw new ApiError(response.status, problemOf(await response.json().catch(() => undefined)));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
};
