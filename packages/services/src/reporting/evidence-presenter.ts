import type { EvidenceView } from '@duban/core';
import type { EvidenceRecord } from '@duban/storage';

/**
 * An evidence record as the API shows it: the listed fields only, so how and where the bytes are stored
 * (`storage`, `path` under the data directory) never leaves the server.
 *
 * @example
 * return { ...report, evidence: (await listEvidence(db, id)).map(presentEvidence) };
 */
export function presentEvidence(e: EvidenceRecord): EvidenceView {
  return {
    id: e.id,
    reportId: e.reportId,
    name: e.name,
    mime: e.mime,
    size: e.size,
    sha256: e.sha256,
    uploadedBy: e.uploadedBy,
    uploadedAt: e.uploadedAt,
  };
}
