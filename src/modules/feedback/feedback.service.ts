import { createHmac, randomUUID } from 'node:crypto';
import { Type } from 'typebox';
import { CursorTimestamp, pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { Cache, CacheNamespace } from '../../infra/cache.ts';
import type { CommentState } from '../../lib/enums.ts';
import { NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { HubService } from '../hub/hub.service.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { RoadmapsService } from '../roadmaps/roadmaps.service.ts';
import type { FeedbackRepository, Voter } from './feedback.repository.ts';
import type { NamedTarget, TargetNamesRepository } from './target-names.repository.ts';
import {
  ROADMAP_SECTIONS,
  type Comment,
  type CommentCounts,
  type FeedbackBody,
  type FeedbackReceipt,
  type FeedbackSummary,
  type ListCommentsQuery,
} from './feedback.schemas.ts';
import { commentHash, countLinks, MAX_LINKS, spamScore, TOO_FAST_SECONDS } from './spam.ts';

export interface FeedbackServiceDeps {
  feedbackRepository: FeedbackRepository;
  targetNamesRepository: Pick<TargetNamesRepository, 'name'>;
  /** A moderation and its audit entry commit together. */
  transact: UnitOfWork<{
    feedbackRepository: Pick<FeedbackRepository, 'findComment' | 'moderateComment' | 'deleteComment'>;
    auditRepository: Pick<AuditRepository, 'record'>;
  }>;
  roadmapsService: Pick<RoadmapsService, 'getRoadmapDocument'>;
  /** A hub entry's votes are counted under a roadmap whose steps it names (docs/decisions/0022). */
  hubService: Pick<HubService, 'isFeedbackTarget'>;
  /** Public counts are cached per roadmap; a vote drops that roadmap's counts on every instance. */
  cache: Pick<Cache, 'namespace'>;
  now?: () => Date;
}

const WHOLE_ROADMAP = 'roadmap';
const HUB_TARGET = 'hub:';
const CommentCursor = Type.Object(
  { createdAt: CursorTimestamp, id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** Every target a roadmap offers, by the ids its document shows. */
const targetsOf = (document: RoadmapDocument) => {
  const steps = document.tiers.flatMap((tier) => tier.steps);
  return new Set([
    WHOLE_ROADMAP,
    ...ROADMAP_SECTIONS.map((section) => `section:${section}`),
    ...document.tiers.map((tier) => `tier:${tier.id}`),
    ...steps.map((step) => `step:${step.id}`),
    ...document.plan.months.map((month) => `month:${month.month}`),
    ...document.priorities.map((priority) => `priority:${priority.id}`),
    ...document.challenges.map((challenge) => `challenge:${challenge.id}`),
    ...document.checklist.map((item) => `checklist:${item.id}`),
    ...document.faq.map((entry) => `faq:${entry.id}`),
    ...document.duties.map((duty) => `duty:${duty.id}`),
    ...document.keepInMind.map((principle) => `principle:${principle.id}`),
    ...document.alternatives.map((path) => `path:${path.id}`),
    ...steps.flatMap((step) => step.resources.map((resource) => `resource:${resource.id}`)),
  ]);
};

type CommentRow = NonNullable<Awaited<ReturnType<FeedbackRepository['findComment']>>>;

const toComment = (row: CommentRow, about: NamedTarget): Comment => ({
  id: row.id,
  roadmap: row.roadmap,
  target: row.target,
  about,
  helpful: row.helpful,
  reasons: row.reasons,
  body: row.body,
  state: row.state,
  spamScore: row.spamScore,
  spamSignals: row.spamSignals,
  signedIn: row.userId !== null,
  replyNote: row.replyNote,
  moderatedAt: row.moderatedAt?.toISOString() ?? null,
  // The moderator's account may have been deleted since (the column is then null, the time is kept).
  moderatedBy: row.moderatorName ?? (row.moderatedAt === null ? null : 'a removed account'),
  createdAt: row.createdAt.toISOString(),
});

export const createFeedbackService = ({
  feedbackRepository,
  targetNamesRepository,
  transact,
  roadmapsService,
  hubService,
  cache,
  now = () => new Date(),
}: FeedbackServiceDeps) => {
  const knownTargets = new WeakMap<RoadmapDocument, Set<string>>();
  // One namespace per roadmap, made only for roadmaps that exist (checked first): their number stays small.
  const summaryNamespaces = new Map<string, CacheNamespace<FeedbackSummary>>();
  const summariesOf = (roadmap: string) => {
    let namespace = summaryNamespaces.get(roadmap);
    if (namespace === undefined) {
      namespace = cache.namespace<FeedbackSummary>(`feedback-summary:${roadmap}`);
      summaryNamespaces.set(roadmap, namespace);
    }
    return namespace;
  };

  /** Checks the roadmap and the target against the published content; a 400 names the field otherwise. */
  const checkTarget = async (roadmap: string, target: string, part: 'body' | 'query') => {
    let document: RoadmapDocument;
    try {
      ({ document } = await roadmapsService.getRoadmapDocument(roadmap));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new ValidationError(`There is no roadmap "${roadmap}".`, [
        { in: part, pointer: '/roadmap', detail: 'is not a published roadmap' },
      ]);
    }
    if (target.startsWith(HUB_TARGET)) {
      if (await hubService.isFeedbackTarget(target.slice(HUB_TARGET.length), roadmap)) return;
      throw new ValidationError(`No hub entry "${target.slice(HUB_TARGET.length)}" helps with roadmap "${roadmap}".`, [
        { in: part, pointer: '/target', detail: 'is not a hub entry that names a step of this roadmap' },
      ]);
    }
    let targets = knownTargets.get(document);
    if (targets === undefined) {
      targets = targetsOf(document);
      knownTargets.set(document, targets);
    }
    if (!targets.has(target)) {
      throw new ValidationError(`Roadmap "${roadmap}" has no section "${target}".`, [
        { in: part, pointer: '/target', detail: 'is not a section of this roadmap' },
      ]);
    }
  };

  // The day's salt, kept in memory for the day it belongs to.
  let salt: { day: string; value: Promise<Buffer> } | undefined;
  const hashIp = async (ip: string) => {
    const day = now().toISOString().slice(0, 10);
    if (salt?.day !== day) {
      const value = feedbackRepository.daySalt(day);
      salt = { day, value };
      value.catch(() => (salt = undefined));
    }
    return createHmac('sha256', await salt.value)
      .update(ip)
      .digest('base64url');
  };

  /** Comments with what they are about in words: one lookup for the whole page. */
  const namedComments = async (rows: CommentRow[]) => {
    const nameOf = await targetNamesRepository.name(rows);
    return rows.map((row) => toComment(row, nameOf(row)));
  };

  const moderate = async (
    id: string,
    moderator: SignedInActor,
    action: 'approved' | 'hidden' | 'addressed',
    replyNote?: string,
  ) => {
    const state: CommentState = action;
    const after = await transact(async (unit) => {
      const before = await unit.feedbackRepository.findComment(id);
      if (before === undefined) throw new NotFoundError('There is no comment with this id.');
      const moderated = await unit.feedbackRepository.moderateComment(id, {
        state,
        moderatorId: moderator.userId,
        ...(replyNote === undefined ? {} : { replyNote }),
      });
      if (moderated === undefined) throw new NotFoundError('There is no comment with this id.');
      await unit.auditRepository.record({
        action: `feedback.comment_${action}`,
        actorId: moderator.userId,
        subjectId: id,
        ip: moderator.ip,
        userAgent: moderator.userAgent,
        details: { roadmap: before.roadmap, target: before.target, from: before.state, to: state },
      });
      return moderated;
    });
    return (await namedComments([after]))[0]!;
  };

  return {
    /**
     * A vote, with optional reasons and comment. The same voter voting again on the same target changes their vote.
     * A filled honeypot gets the same answer as anyone, and nothing is stored.
     */
    async submit(body: FeedbackBody, voter: Voter, ip: string): Promise<FeedbackReceipt> {
      const target = body.target ?? WHOLE_ROADMAP;
      await checkTarget(body.roadmap, target, 'body');
      const comment = body.comment?.trim();
      if (comment !== undefined && countLinks(comment) > MAX_LINKS) {
        throw new ValidationError(`A comment may hold at most ${MAX_LINKS} links.`, [
          { in: 'body', pointer: '/comment', detail: `has more than ${MAX_LINKS} links` },
        ]);
      }
      const reasons = body.reasons ?? [];
      const receipt = { roadmap: body.roadmap, target, helpful: body.helpful, reasons };
      const hasComment = comment !== undefined && comment !== '';
      if (body.website !== undefined && body.website !== '') {
        return { ...receipt, changed: false, comment: hasComment ? 'received' : null };
      }

      const ipHash = await hashIp(ip);
      const vote = { roadmap: body.roadmap, target, voter, helpful: body.helpful, reasons, ipHash };
      const { changed } = await feedbackRepository.upsertVote(vote);
      await summariesOf(body.roadmap).invalidate();
      if (hasComment) {
        const since = new Date(now().getTime() - TOO_FAST_SECONDS * 1000);
        const spam = spamScore(comment, await feedbackRepository.commentedSince(voter, ipHash, since));
        // A duplicate is dropped quietly: the reader's words are already with the editors.
        await feedbackRepository.insertComment({
          ...vote,
          id: randomUUID(),
          body: comment,
          contentHash: commentHash(comment),
          spamScore: spam.score,
          spamSignals: spam.signals,
          state: spam.quarantine ? 'quarantined' : 'new',
        });
      }
      return { ...receipt, changed, comment: hasComment ? 'received' : null };
    },

    async summary(roadmap: string, target: string | undefined): Promise<FeedbackSummary> {
      await checkTarget(roadmap, target ?? WHOLE_ROADMAP, 'query');
      const summary = await summariesOf(roadmap).getOrLoad(target ?? '*', async () => {
        const rows = await feedbackRepository.countVotes(roadmap, target);
        return {
          roadmap,
          items: target !== undefined && rows.length === 0 ? [{ target, helpful: 0, notHelpful: 0 }] : rows,
        };
      });
      return summary!;
    },

    async listComments(query: ListCommentsQuery) {
      const limit = query.limit ?? 20;
      const after = resumeFrom(query.cursor, CommentCursor);
      const rows = await feedbackRepository.listComments(query, after, rowsForPage(limit));
      const page = pageOf(rows, limit, (last) => ({ createdAt: last.position, id: last.id }));
      return { items: await namedComments(page.items), nextCursor: page.nextCursor };
    },

    async countComments(roadmap: string | undefined): Promise<CommentCounts> {
      const counts: CommentCounts = { new: 0, quarantined: 0, approved: 0, hidden: 0, addressed: 0, all: 0 };
      for (const row of await feedbackRepository.countComments(roadmap)) {
        counts[row.state] = row.count;
        counts.all += row.count;
      }
      return counts;
    },

    approve: (id: string, moderator: SignedInActor) => moderate(id, moderator, 'approved'),
    hide: (id: string, moderator: SignedInActor) => moderate(id, moderator, 'hidden'),
    address: (id: string, replyNote: string, moderator: SignedInActor) =>
      moderate(id, moderator, 'addressed', replyNote),

    async deleteComment(id: string, moderator: SignedInActor) {
      await transact(async (unit) => {
        const before = await unit.feedbackRepository.findComment(id);
        if (before === undefined || !(await unit.feedbackRepository.deleteComment(id))) {
          throw new NotFoundError('There is no comment with this id.');
        }
        await unit.auditRepository.record({
          action: 'feedback.comment_deleted',
          actorId: moderator.userId,
          subjectId: id,
          ip: moderator.ip,
          userAgent: moderator.userAgent,
          details: { roadmap: before.roadmap, target: before.target, from: before.state },
        });
      });
    },
  };
};

export type FeedbackService = ReturnType<typeof createFeedbackService>;
