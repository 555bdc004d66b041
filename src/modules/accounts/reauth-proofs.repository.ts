// Proofs of a fresh login at the account's provider (decision 0045): what lets an account without a usable password
// delete itself or move its address. Only the hash of a proof is stored; spending one deletes it.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

export type ReauthOperation = 'delete-account' | 'change-email';

export const createReauthProofsRepository = (db: Db) => ({
  /** Stores a new proof, and clears the account's expired ones. */
  async insertReauthProof(proof: {
    tokenHash: string;
    userId: string;
    operation: ReauthOperation;
    provider: string;
    expiresAt: Date;
  }) {
    await db
      .deleteFrom('reauthProofs')
      .where('userId', '=', proof.userId)
      .where('expiresAt', '<=', sql<Date>`now()`)
      .execute();
    await db.insertInto('reauthProofs').values(proof).execute();
  },

  /** Spends the account's live proof for the operation; undefined when there is none (used, expired, another's). */
  spendReauthProof(userId: string, operation: ReauthOperation, tokenHash: string) {
    return db
      .deleteFrom('reauthProofs')
      .where('tokenHash', '=', tokenHash)
      .where('userId', '=', userId)
      .where('operation', '=', operation)
      .where('expiresAt', '>', sql<Date>`now()`)
      .returning(['provider'])
      .executeTakeFirst();
  },
});
