import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { MailRepository } from './mail.repository.ts';

const DevMail = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.Union([Type.String(), Type.Null()]),
  html: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.String({ format: 'date-time' }),
});

/**
 * The development mailbox: mail that went nowhere because no SMTP server is configured. Registered only outside
 * production, and hidden from the OpenAPI document (it is not part of the API).
 */
export const devMailboxRoutes: FastifyPluginAsyncTypebox<{ mailRepository: MailRepository }> = async (
  app,
  { mailRepository },
) => {
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
        id: mail.job_id,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        sentAt: mail.sent_at.toISOString(),
      })),
    }),
  );
};
