import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Environment } from '../../config.ts';
import type { MailRepository } from './mail.repository.ts';

/** The development mailbox exists in development and in tests; never in production. */
export const hasDevMailbox = (nodeEnv: Environment) => nodeEnv === 'development' || nodeEnv === 'test';

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;
// Headers a reverse proxy adds: a request relayed by a proxy on this machine comes from a loopback socket too.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * Only a client on this machine, talking to Waymark directly, may read the mailbox. The socket's address, not
 * `request.ip`: with TRUST_PROXY that comes from a header the client may write.
 */
const isDirectLoopbackClient = (request: FastifyRequest) =>
  LOOPBACK.test(request.socket.remoteAddress ?? '') && !FORWARDING_HEADERS.some((name) => name in request.headers);

const DevMail = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.Union([Type.String(), Type.Null()]),
  html: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.String({ format: 'date-time' }),
});

/**
 * The development mailbox: mail that went nowhere because no SMTP server is configured. Registered only where
 * `hasDevMailbox`, answers only loopback clients (anyone else gets the 404 of a route that does not exist), and is
 * hidden from the OpenAPI document (it is not part of the API).
 */
export const devMailboxRoutes: FastifyPluginAsyncTypebox<{ mailRepository: MailRepository }> = async (
  app,
  { mailRepository },
) => {
  app.addHook('onRequest', async (request, reply) => {
    if (!isDirectLoopbackClient(request)) return reply.callNotFound();
  });
  app.get(
    '/dev/mailbox',
    {
      config: { policy: 'public' },
      schema: {
        hide: true,
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(DevMail) }) },
      },
    },
    async (request) => ({
      items: (await mailRepository.devMailbox(request.query.limit ?? 50)).map((mail) => ({
        id: mail.jobId,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        sentAt: mail.sentAt.toISOString(),
      })),
    }),
  );
};
