// Vary lists every request header a response depends on; several parts of Waymark add to it (CORS adds Origin,
// public reads add Accept-Encoding, the web app's files too), so each one adds its field and none replaces the list.
// A cache that saw only one of them would serve a response made for one origin or encoding to another.
import type { FastifyReply } from 'fastify';

/** Adds `field` to the response's Vary, keeping what is there (and `*`, which already covers every field). */
export const addVary = (reply: FastifyReply, field: string) => {
  const current = reply.getHeader('vary');
  const fields = [current ?? []]
    .flat()
    .flatMap((value) => String(value).split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (fields.some((name) => name === '*' || name.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
};
