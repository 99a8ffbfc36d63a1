import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** ../shared beside the checkout: seeds and gold exist in development and CI, never on a user's machine. */
export const sharedDir = fileURLToPath(new URL('../../../../../shared/', import.meta.url));
export const hasShared = existsSync(join(sharedDir, 'gold')) && existsSync(join(sharedDir, 'seeds'));
export const sharedSkipReason = `../shared (seeds and gold) not found at ${sharedDir}: seed golden tests skipped`;

if (!hasShared && process.env.CI === 'true') {
  throw new Error(`CI=true but ${sharedSkipReason}`);
}

export interface SeedCase {
  document: string;
  docPath: string;
  gold: { meta: Record<string, unknown>; tasks: Record<string, unknown>[]; indicators?: Record<string, unknown>[] };
}

/** The seed documents with their gold, or [] where ../shared is absent. */
export function seedCases(): SeedCase[] {
  if (!hasShared) return [];
  const goldDir = join(sharedDir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
      return { document: gold.document, docPath: join(sharedDir, 'seeds', gold.document), gold };
    });
}
