import type { Kysely } from 'kysely';
import { chainHash, type ChainedContent } from './chain-hash.js';

/**
 * Chains audit rows that have no position yet, oldest first (time, then id), after the current head, creating the
 * head when there is none. For rows written before the chain existed: by migration 0121, and by a restore of a
 * dump made before it. Returns how many rows it chained.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs inside migrations, which see any schema
export async function chainUnchainedAuditRows(db: Kysely<any>): Promise<number> {
  let head = (await db.selectFrom('audit_chain').select(['last_seq', 'last_hash']).where('id', '=', 1).executeTakeFirst()) as
    { last_seq: number; last_hash: string } | undefined;
  if (!head) {
    head = { last_seq: 0, last_hash: '' };
    await db
      .insertInto('audit_chain')
      .values({ id: 1, last_seq: 0, last_hash: '', algo: 'sha256', anchor_seq: 0, anchor_hash: '' })
      .execute();
  }
  let seq = Number(head.last_seq);
  let prev = head.last_hash;
  let chained = 0;
  for (;;) {
    // Rows get a position as they are chained, so each round reads the next unchained ones.
    const rows = (await db
      .selectFrom('audit_log')
      .select(['id', 'at', 'user_id', 'username', 'entity', 'entity_id', 'action', 'before', 'after', 'reason'])
      .where('seq', 'is', null)
      .orderBy('at')
      .orderBy('id')
      .limit(1000)
      .execute()) as Omit<ChainedContent, 'seq'>[];
    if (rows.length === 0) break;
    for (const r of rows) {
      seq++;
      const hash = chainHash('sha256', prev, { ...r, seq });
      await db.updateTable('audit_log').set({ seq, prev_hash: prev, hash, hash_algo: 'sha256' }).where('id', '=', r.id).execute();
      prev = hash;
      chained++;
    }
  }
  await db.updateTable('audit_chain').set({ last_seq: seq, last_hash: prev }).where('id', '=', 1).execute();
  return chained;
}
