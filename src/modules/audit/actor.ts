// Who is acting and from where: what an audit entry (and a login session) records about the one who made a change.
// Built from an HTTP request by src/http/actor.ts; the CLI builds its operator itself (no user, no address).
import type { Role } from '../../lib/enums.ts';

export interface Actor {
  /** Null for an anonymous request or the CLI's operator. */
  userId: string | null;
  role: Role | null;
  /** Null only outside HTTP (the CLI). */
  ip: string | null;
  userAgent: string | null;
}

/**
 * An actor that came over HTTP, where Fastify always knows the address. The accounts use cases (sign-up, login,
 * sessions) only ever run over HTTP, so they ask for this and a session's `ip` is never null in practice, although
 * the columns allow null for the CLI.
 */
export type RequestActor = Actor & { ip: string };

/** A signed-in user acting over HTTP. */
export type SignedInActor = RequestActor & { userId: string; role: Role };
