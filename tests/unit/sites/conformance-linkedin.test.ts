/**
 * `detectProspects` (LinkedIn adapter) on real LinkedIn pages (2024 Ember, 2025-09 hashed
 * classes) kept beside the repo in ../shared/fixtures/real — never committed: real people's data.
 * Expected values come from that folder's expected.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectProspects } from '../../../lib/sites';
import { parseHtml } from './linkedin/fixture-document';

const REAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/real');

interface ExpectedProfile {
  name: string;
  headline: string | null;
  location: string | null;
  current_title: string | null;
  current_company: string | null;
  profile_url: string;
}

function isExpectedProfile(value: unknown): value is ExpectedProfile {
  return typeof value === 'object' && value !== null && 'name' in value && 'profile_url' in value;
}

function loadCases(): [string, ExpectedProfile][] {
  const expected: unknown = JSON.parse(readFileSync(path.join(REAL, 'expected.json'), 'utf8'));
  if (typeof expected !== 'object' || expected === null) return [];
  return Object.entries(expected).filter(
    (entry): entry is [string, ExpectedProfile] => entry[0].startsWith('linkedin/') && isExpectedProfile(entry[1]),
  );
}

const available = existsSync(path.join(REAL, 'expected.json')) && existsSync(path.join(REAL, 'linkedin'));
const title = available
  ? 'LinkedIn conformance on real pages (../shared/fixtures/real)'
  : `LinkedIn conformance SKIPPED: ${REAL} not found (check out the shared fixtures beside the repo)`;

(available ? describe : describe.skip)(title, () => {
  const cases = available ? loadCases() : [];

  it('covers every real LinkedIn page in the folder', () => {
    const pages = readdirSync(path.join(REAL, 'linkedin')).filter((file) => file.endsWith('.html'));
    expect(cases.map(([file]) => file).sort()).toEqual(pages.map((file) => `linkedin/${file}`).sort());
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('%s', (file, want) => {
    const html = readFileSync(path.join(REAL, file), 'utf8');
    const doc = parseHtml(html);
    // Served at the canonical profile address the page belongs to.
    const prospects = detectProspects(doc, want.profile_url);
    expect(prospects).toHaveLength(1);
    const [got] = prospects;
    expect(got).toMatchObject({ source: 'linkedin', kind: 'person', sourceUrl: want.profile_url });
    expect(got?.name).toBe(want.name);
    expect(got?.headline).toBe(want.headline ?? undefined);
    expect(got?.location).toBe(want.location ?? undefined);
    expect(got?.title).toBe(want.current_title ?? undefined);
    expect(got?.company).toBe(want.current_company ?? undefined);
    expect(got?.linkedinUrl).toBe(want.profile_url);
  });
});
