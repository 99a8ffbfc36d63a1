import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type SmCrypto from 'sm-crypto';
import type { AuditTable } from '../schema.js';

let sm: typeof SmCrypto | undefined;
/** sm-crypto, loaded on first use: most installations never hash with SM3, and it costs startup time. */
function smCrypto(): typeof SmCrypto {
  sm ??= createRequire(import.meta.url)('sm-crypto') as typeof SmCrypto;
  return sm;
}

/** Hash functions the audit chain can use: SHA-256 (default) or SM3 (GB/T 32905, 国密). */
export type AuditHashAlgo = 'sha256' | 'sm3';

/** The algorithms {@link chainHash} knows. */
export const AUDIT_HASH_ALGOS: readonly AuditHashAlgo[] = ['sha256', 'sm3'];

/** The columns of an audit row that its hash covers, as stored (before/after are the stored JSON text). */
export type ChainedContent = Pick<
  AuditTable,
  'id' | 'at' | 'user_id' | 'username' | 'entity' | 'entity_id' | 'action' | 'before' | 'after' | 'reason'
> & { seq: number };

/** The hex digest of UTF-8 `text`. */
export function digest(algo: AuditHashAlgo, text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (algo === 'sm3') return smCrypto().sm3(Array.from(bytes));
  return createHash('sha256').update(bytes).digest('hex');
}

/** The canonical text of a row: a JSON array of its covered columns in a fixed order. */
export function canonicalAuditContent(r: ChainedContent): string {
  return JSON.stringify([r.seq, r.id, r.at, r.user_id, r.username, r.entity, r.entity_id, r.action, r.before, r.after, r.reason]);
}

/** A row's chain hash: H(previous row's hash + newline + canonical content); the first row's previous hash is ''. */
export function chainHash(algo: AuditHashAlgo, prevHash: string, r: ChainedContent): string {
  return digest(algo, `${prevHash}\n${canonicalAuditContent(r)}`);
}

/** True for a known algorithm name. */
export function isAuditHashAlgo(name: unknown): name is AuditHashAlgo {
  return AUDIT_HASH_ALGOS.includes(name as AuditHashAlgo);
}
