import type { AuditEntry } from '@duban/core';
import { queryAudit, type AuditFilter, type PageRequest, type PageResult } from '@duban/storage';
import { readsEverything, type Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { forbidden } from '../errors.js';
import { presentAudit } from '../presenters.js';

/** Reading the audit trail (admins and leaders). */
export function createAuditService(ctx: ServiceContext) {
  return {
    /** Entries matching the filter, newest first. */
    async query(actor: Actor, filter: AuditFilter, page: PageRequest): Promise<PageResult<AuditEntry>> {
      if (!readsEverything(actor)) throw forbidden();
      const r = await queryAudit(ctx.db, filter, page);
      return { ...r, items: r.items.map(presentAudit) };
    },
  };
}
