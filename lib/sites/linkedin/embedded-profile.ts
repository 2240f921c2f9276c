import { cleanPersonName } from './person-name';
import { queryEach } from './query';
import { cleanText } from './text';

export interface EmbeddedProfile {
  name?: string;
  headline?: string;
}

/** Blocks and sizes we are willing to parse: the real pages hold 8–10 blocks of < 1 MB. */
const MAX_BLOCKS = 40;
const MAX_BLOCK_CHARS = 3_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

function includedEntities(raw: string): unknown[] {
  try {
    const data: unknown = JSON.parse(raw);
    return isRecord(data) && Array.isArray(data.included) ? data.included : [];
  } catch {
    return [];
  }
}

/**
 * Name and headline of the profile `slug` from the Ember app's embedded `<code>` JSON.
 * These blocks also describe the signed-in viewer (in every real 2024 page, L1–L5) and, after
 * SPA navigation, the previous profile; in L2/L3 the subject is absent altogether. So only an
 * entity whose `publicIdentifier` equals the displayed slug counts — never "the first Profile".
 */
export function readEmbeddedProfile(root: ParentNode, slug: string): EmbeddedProfile {
  const wanted = slug.toLowerCase();
  const found: EmbeddedProfile = {};
  for (const block of queryEach(root, 'embeddedData').slice(0, MAX_BLOCKS)) {
    const raw = block.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) continue;
    for (const entity of includedEntities(raw)) {
      if (!isRecord(entity) || stringField(entity, 'publicIdentifier')?.toLowerCase() !== wanted) continue;
      const first = stringField(entity, 'firstName') ?? '';
      const last = stringField(entity, 'lastName') ?? '';
      found.name ??= cleanPersonName(`${first} ${last}`);
      found.headline ??= cleanText(stringField(entity, 'headline') ?? stringField(entity, 'occupation'), 300);
      if (found.name && found.headline) return found;
    }
  }
  return found;
}
