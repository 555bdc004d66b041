// A mentor's messages to the members of their cohort, and the learner's side: their messages, read or not
// (decision 0040). Only a current mentor of the cohort sends, only to current members, never in an archived cohort;
// each message is stored once for the dashboard and mailed to every recipient through the outbox. A mentor sends at
// most `perHour` messages to one cohort in any hour (COHORT_MESSAGES_PER_HOUR): beyond that, a 429 that says when.
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { NotFoundError, TooManyRequestsError, ValidationError } from '../../lib/errors.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { SignedInActor } from '../audit/actor.ts';
import { auditOf } from '../drafts/drafts.service.ts';
import type { MailMessage } from '../mail/mail.templates.ts';
import type { CohortMessagesRepository } from './cohort-messages.repository.ts';
import type { MyMessage, NewCohortMessage } from './cohort-messages.schemas.ts';
import type { CohortsRepository } from './cohorts.repository.ts';
import { archived, notFound } from './cohorts.service.ts';

export interface CohortMessagesUnit {
  cohortsRepository: Pick<CohortsRepository, 'findMentoredCohort' | 'listMentors'>;
  cohortMessagesRepository: CohortMessagesRepository;
  auditRepository: Pick<AuditRepository, 'record'>;
  sendMail: (message: MailMessage) => Promise<void>;
}

export interface CohortMessagesServiceDeps {
  cohortMessagesRepository: CohortMessagesRepository;
  transact: UnitOfWork<CohortMessagesUnit>;
  perHour: number;
  now?: () => Date;
}

const notAMember = () =>
  new ValidationError('Messages go only to current members of the cohort.', [
    { in: 'body', pointer: '/to', detail: 'is not a current member of this cohort' },
  ]);

export const createCohortMessagesService = ({
  cohortMessagesRepository,
  transact,
  perHour,
  now = () => new Date(),
}: CohortMessagesServiceDeps) => ({
  /** Stores the message for each recipient and mails it to them, with its audit entry, in one transaction. */
  send: (cohortId: string, body: NewCohortMessage, actor: SignedInActor) =>
    transact(async (unit) => {
      // The cohort's row stays locked to the end: two sends by one mentor cannot both slip under the cap.
      const cohort = await unit.cohortsRepository.findMentoredCohort(cohortId, actor.userId, { forUpdate: true });
      if (cohort === undefined) throw notFound(cohortId);
      if (cohort.archivedAt !== null) throw archived();
      const recipients = await unit.cohortMessagesRepository.listRecipients(cohortId, body.to);
      if (body.to !== undefined && recipients.length === 0) throw notAMember();
      const sent = await unit.cohortMessagesRepository.sentInLastHour(cohortId, actor.userId);
      if (sent.count >= perHour) {
        const freesAt = (sent.oldest?.getTime() ?? now().getTime()) + 3_600_000;
        throw new TooManyRequestsError(
          `You have sent this cohort the most messages allowed in an hour (${perHour}); try again later.`,
          (freesAt - now().getTime()) / 1000,
        );
      }
      const message = await unit.cohortMessagesRepository.insertMessage({
        cohortId,
        senderId: actor.userId,
        subject: body.subject,
        body: body.body,
      });
      if (recipients.length > 0) {
        await unit.cohortMessagesRepository.insertRecipients(
          message.id,
          recipients.map((recipient) => recipient.id),
        );
      }
      const mentors = await unit.cohortsRepository.listMentors(cohortId);
      const senderName = mentors.find((mentor) => mentor.id === actor.userId)?.displayName ?? 'A mentor';
      for (const recipient of recipients) {
        await unit.sendMail({
          template: 'cohort-message',
          to: recipient.email,
          displayName: recipient.displayName,
          cohortName: cohort.name,
          senderName,
          subject: body.subject,
          body: body.body,
        });
      }
      await unit.auditRepository.record({
        ...auditOf(actor, 'cohort.message_sent', {
          cohort: cohortId,
          message: message.id,
          recipients: recipients.length,
        }),
        ...(body.to === undefined ? {} : { subjectId: body.to }),
      });
      return { id: message.id, recipients: recipients.length, sentAt: message.createdAt.toISOString() };
    }),

  async listMine(userId: string, { unread = false }: { unread?: boolean | undefined }) {
    const [rows, unreadCount] = await Promise.all([
      cohortMessagesRepository.listOf(userId, { unreadOnly: unread }),
      cohortMessagesRepository.countUnread(userId),
    ]);
    return {
      unread: unreadCount,
      items: rows.map((row): MyMessage => ({
        id: row.id,
        kind: row.kind === 'nudge' ? 'nudge' : 'message',
        cohort: { id: row.cohortId, name: row.cohortName },
        from: row.senderName,
        subject: row.subject,
        body: row.body,
        sentAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
      })),
    };
  },

  /** 404 for a message that was not sent to the learner, whether or not it exists. */
  async markRead(messageId: string, userId: string) {
    if (!(await cohortMessagesRepository.markRead(messageId, userId))) {
      throw new NotFoundError(`You have no message "${messageId}".`);
    }
  },
});

export type CohortMessagesService = ReturnType<typeof createCohortMessagesService>;
