// Confirming an address with the link Waymark mailed.
import { api, call } from './client';

// Each link works once: a second call for the same token (React runs effects twice in development) reuses the first.
const verifications = new Map<string, Promise<unknown>>();
export const verifyOnce = (token: string) => {
  let pending = verifications.get(token);
  if (pending === undefined) {
    pending = call(api.POST('/v1/auth/verify-email', { body: { token } }));
    verifications.set(token, pending);
  }
  return pending;
};
