// Personal access tokens: for scripts and integrations that cannot hold a login session. Named, scoped, expiring,
// revocable, shown once, stored as a hash. A token never grants more than its owner's role allows today.
import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { SignedInActor } from '../audit/actor.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { can, type Permission } from '../auth/permissions.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/tokens.ts';
import type { PersonalTokensRepository } from './personal-tokens.repository.ts';
import type { CreateTokenBody, PersonalToken } from './personal-tokens.schemas.ts';

/** Recognisable by secret scanners, and by Waymark: a bearer credential with this prefix is not a JWT. */
export const PERSONAL_TOKEN_PREFIX = 'wmk_pat_';

/** Live personal access tokens per account: enough for every program one person runs, and a list that stays short. */
export const MAX_LIVE_PERSONAL_TOKENS = 50;

const DAY_MS = 86_400_000;

type TokenRow = Awaited<ReturnType<PersonalTokensRepository['listLive']>>[number];

const toToken = (row: TokenRow): PersonalToken => ({
  id: row.id,
  name: row.name,
  scopes: row.scopes as Permission[],
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

export const createPersonalTokensService = ({
  personalTokensRepository,
  transact,
  now = () => new Date(),
}: {
  personalTokensRepository: PersonalTokensRepository;
  /** A token created or revoked and its audit entry commit together. */
  transact: UnitOfWork<{
    personalTokensRepository: Pick<PersonalTokensRepository, 'insertWithinLimit' | 'revoke'>;
    auditRepository: Pick<AuditRepository, 'record'>;
  }>;
  now?: () => Date;
}) => ({
  async create(owner: SignedInActor, body: CreateTokenBody) {
    // Anyone can sign up with an address that is not theirs; a token made then would outlive the owner taking the
    // account back (a reset ends tokens, but only if the owner ever resets). So tokens wait for a confirmed address.
    if (!(await personalTokensRepository.ownerHasConfirmedAddress(owner.userId))) {
      throw new ForbiddenError(
        'Confirm your email address first (follow the link in the mail Waymark sent you): personal access tokens ' +
          'need a confirmed address.',
      );
    }
    body.scopes.forEach((scope, index) => {
      if (!can(owner.role, scope)) {
        throw new ValidationError(`Your role does not hold the permission "${scope}".`, [
          { in: 'body', pointer: `/scopes/${index}`, detail: 'is not a permission of your role' },
        ]);
      }
    });
    const token = `${PERSONAL_TOKEN_PREFIX}${newOpaqueToken()}`;
    const row = await transact(async (unit) => {
      const inserted = await unit.personalTokensRepository.insertWithinLimit(
        {
          id: randomUUID(),
          userId: owner.userId,
          name: body.name.trim(),
          tokenHash: hashOpaqueToken(token),
          scopes: body.scopes,
          expiresAt: new Date(now().getTime() + body.expiresInDays * DAY_MS),
        },
        MAX_LIVE_PERSONAL_TOKENS,
      );
      if (inserted === undefined) {
        throw new ConflictError(
          `You already have ${MAX_LIVE_PERSONAL_TOKENS} personal access tokens that still work, the most one ` +
            'account can have. Revoke one you no longer use, then create the new one.',
        );
      }
      await unit.auditRepository.record({
        action: 'token.created',
        actorId: owner.userId,
        subjectId: owner.userId,
        ip: owner.ip,
        userAgent: owner.userAgent,
        details: { tokenId: inserted.id, name: inserted.name, scopes: body.scopes },
      });
      return inserted;
    });
    return { ...toToken(row), token };
  },

  async list(userId: string) {
    return {
      items: (await personalTokensRepository.listLive(userId, MAX_LIVE_PERSONAL_TOKENS))
        .slice(0, MAX_LIVE_PERSONAL_TOKENS)
        .map(toToken),
    };
  },

  async revoke(owner: SignedInActor, id: string) {
    await transact(async (unit) => {
      if (!(await unit.personalTokensRepository.revoke(owner.userId, id))) {
        throw new NotFoundError('You have no live token with this id.');
      }
      await unit.auditRepository.record({
        action: 'token.revoked',
        actorId: owner.userId,
        subjectId: owner.userId,
        ip: owner.ip,
        userAgent: owner.userAgent,
        details: { tokenId: id },
      });
    });
  },

  /** Who a personal token speaks for, with its scopes; undefined when it is unknown, revoked, expired or disabled. */
  async authenticate(token: string) {
    const found = await personalTokensRepository.authenticate(hashOpaqueToken(token));
    if (found === undefined) return undefined;
    return { tokenId: found.id, userId: found.userId, role: found.role, scopes: found.scopes as Permission[] };
  },
});

export type PersonalTokensService = ReturnType<typeof createPersonalTokensService>;
