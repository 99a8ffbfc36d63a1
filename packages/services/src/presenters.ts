import {
  TASK_STATUS_LABELS,
  auditActionLabel,
  auditEntityLabel,
  auditObjectName,
  displayNumber,
  type AuditEntry,
  type IndicatorView,
  type PlanView,
  type TaskView,
  type UnitView,
  type UserView,
} from '@duban/core';
import type { AuditRecord, IndicatorRecord, PlanRecord, TaskRecord, UnitRecord, UserRecord } from '@duban/storage';
import { systemActor } from './actor.js';

/** A task as the API shows it. */
export function presentTask(t: TaskRecord): TaskView {
  const names = (role: string) => t.assignments.filter((a) => a.role === role).map((a) => a.unitName ?? a.name);
  return {
    id: t.id,
    planId: t.planId,
    ordinal: t.ordinal,
    kind: t.kind,
    number: t.number,
    displayNumber: displayNumber(t.path, t.number),
    path: t.path,
    title: t.title,
    text: t.text,
    units: t.assignments.map((a) => ({ id: a.id, name: a.name, unitId: a.unitId, unitName: a.unitName, role: a.role })),
    lead: names('lead'),
    participants: names('participant'),
    due: t.due,
    ongoing: t.ongoing,
    deadlineText: t.deadlineText,
    milestones: t.milestones,
    source: t.source,
    status: t.status,
    statusLabel: (TASK_STATUS_LABELS as Record<string, string>)[t.status] ?? t.status,
    colour: t.colour,
    version: t.version,
    updatedAt: t.updatedAt,
  };
}

/** A plan as the API shows it. */
export function presentPlan(p: PlanRecord, fileName: string | null): PlanView {
  return {
    id: p.id,
    title: p.title,
    issuer: p.issuer,
    docNumber: p.docNumber,
    date: p.date,
    planYear: p.planYear,
    annual: p.annual,
    reportingScope: p.reportingScope,
    status: p.status,
    jurisdictionId: p.jurisdictionId,
    fileName,
    taskCount: p.taskCount,
    indicatorCount: p.indicatorCount,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    publishedAt: p.publishedAt,
    version: p.version,
  };
}

/** An indicator as the API shows it. */
export function presentIndicator(i: IndicatorRecord): IndicatorView {
  return { ...i };
}

/** A unit as the API shows it. */
export function presentUnit(u: UnitRecord): UnitView {
  return { ...u };
}

/** A user as the API shows it (unit names looked up in `unitNames`). */
export function presentUser(u: UserRecord, unitNames: Map<string, string>): UserView {
  const roles = u.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: r.unitId ? (unitNames.get(r.unitId) ?? null) : null }));
  const liaison = roles.find((r) => r.role === 'liaison' && r.unitId) ?? roles.find((r) => r.unitId);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    active: u.active,
    roles,
    unitId: liaison?.unitId ?? null,
    unitName: liaison?.unitName ?? null,
    version: u.version,
  };
}

/** An audit entry as the API shows it. */
export function presentAudit(a: AuditRecord): AuditEntry {
  return {
    id: a.id,
    at: a.at,
    userId: a.userId,
    // Writes by the server itself (demo seeding, sweeps, migrations) are shown as 系统, not its internal name.
    actor: !a.userId && a.username === systemActor.username ? '系统' : a.username,
    entity: a.entity,
    entityId: a.entityId,
    action: a.action,
    entityLabel: auditEntityLabel(a.entity),
    actionLabel: auditActionLabel(a.action),
    objectName: auditObjectName(a.before, a.after),
    before: a.before,
    after: a.after,
    reason: a.reason,
  };
}
