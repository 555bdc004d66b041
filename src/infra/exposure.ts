// Outside production Waymark is set up for one developer's machine: it keeps mail in a development mailbox instead of
// needing an SMTP server, and starts without JWT_SECRET (a random key per process). Listening on an address other
// machines reach in that mode is almost always a forgotten NODE_ENV=production, so the start says so loudly.
import type { Environment } from '../config.ts';

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

export const isLoopbackHost = (host: string) => LOOPBACK_HOST.test(host.trim());

/** Why this start is risky, or undefined when it is not (production, or listening on loopback only). */
export const exposureWarning = ({ host, nodeEnv }: { host: string; nodeEnv: Environment }): string | undefined => {
  if (nodeEnv === 'production' || isLoopbackHost(host)) return undefined;
  return (
    `Waymark listens on HOST=${host}, which other machines can reach, but NODE_ENV=${nodeEnv}, not ` +
    'production: mail without SMTP_URL is kept in the development mailbox (GET /dev/mailbox, answered to loopback ' +
    'clients only), and without JWT_SECRET access tokens are signed with a random key of this process. ' +
    'Set NODE_ENV=production (and JWT_SECRET, SMTP_URL) on any server that others use.'
  );
};
