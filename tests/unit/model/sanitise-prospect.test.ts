import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prospect } from '../../../lib/model';
import { PROSPECT_TEXT_LIMITS } from '../../../lib/model/prospect-limits';
import { type ProspectDraft, sanitiseProspect } from '../../../lib/model/sanitise-prospect';

const REQUIRED = new Set(['source', 'kind', 'name', 'sourceUrl']);
const OPTIONAL_TEXT = Object.keys(PROSPECT_TEXT_LIMITS).filter((key) => !REQUIRED.has(key)) as (keyof typeof PROSPECT_TEXT_LIMITS)[];

/** Text around a limit: empty, blank, padded, exactly at it, one over. */
const textNear = (max: number) =>
  fc.option(
    fc.oneof(
      fc.constantFrom('', '   ', '\n\t'),
      fc.string({ maxLength: 20 }),
      fc.tuple(fc.constantFrom('', ' ', '  \n'), fc.integer({ min: max - 2, max: max + 2 }), fc.constantFrom('', ' ')).map(([pad, n, end]) => `${pad}${'x'.repeat(Math.max(0, n))}${end}`),
    ),
    { nil: undefined },
  );

const emailArb = fc.option(
  fc.oneof(
    fc.emailAddress(),
    fc.emailAddress().map((e) => ` ${e}`),
    fc.constantFrom('anna@acme.se', 'no-at-sign', 'a@b', 'a..b@acme.se', '.a@acme.se', `${'a'.repeat(250)}@acme.se`),
    fc.string({ maxLength: 30 }),
  ),
  { nil: undefined },
);

const draftArb: fc.Arbitrary<ProspectDraft> = fc.record(
  {
    source: fc.constantFrom('linkedin', 'gmail', 'manual') as fc.Arbitrary<Prospect['source']>,
    kind: fc.constantFrom('person', 'company', 'robot') as fc.Arbitrary<Prospect['kind']>,
    ...Object.fromEntries(Object.entries(PROSPECT_TEXT_LIMITS).map(([key, max]) => [key, textNear(max)])),
    email: emailArb,
    phones: fc.option(fc.array(textNear(60), { maxLength: 8 }).map((list) => list.filter((p): p is string => p !== undefined)), { nil: undefined }),
    companyFacts: fc.option(fc.record({ name: textNear(200), industry: textNear(200), sizeBand: textNear(60) }), { nil: undefined }),
  },
  { requiredKeys: ['source', 'kind'] },
) as fc.Arbitrary<ProspectDraft>;

/** The top-level fields zod finds fault with in the raw draft. */
function zodFaults(draft: ProspectDraft): Set<string> {
  const parsed = Prospect.safeParse(draft);
  return new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
}

describe('sanitiseProspect', () => {
  it('returns what the Prospect schema accepts unchanged', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const result = sanitiseProspect(draft);
        if (result) expect(Prospect.parse(result)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  it('drops the draft exactly when zod rejects a required field', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const requiredFault = [...zodFaults(draft)].some((key) => REQUIRED.has(key));
        expect(sanitiseProspect(draft) === undefined).toBe(requiredFault);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an optional field exactly when zod accepts it, trimmed', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const result = sanitiseProspect(draft);
        if (!result) return;
        const faults = zodFaults(draft);
        for (const key of OPTIONAL_TEXT) {
          const raw = draft[key];
          expect(result[key]).toBe(raw === undefined || faults.has(key) ? undefined : raw.trim());
        }
        expect(result.email).toBe(draft.email === undefined || faults.has('email') ? undefined : draft.email);
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, ProspectDraft, Partial<Prospect>]>([
    ['trims text', { name: '  Anna Berg ' }, { name: 'Anna Berg' }],
    ['drops a blank title', { title: '   ' }, { title: undefined }],
    ['drops an over-long headline', { headline: 'x'.repeat(301) }, { headline: undefined }],
    ['drops a malformed email', { email: 'anna(at)acme.se' }, { email: undefined }],
    ['keeps a good email', { email: 'anna@acme.se' }, { email: 'anna@acme.se' }],
    ['keeps five good phones of seven', { phones: ['1', ' ', '2', '3', '4', '5', '6'] }, { phones: ['1', '2', '3', '4', '5'] }],
    ['drops company facts without a name', { companyFacts: { name: ' ', industry: 'Retail' } }, { companyFacts: undefined }],
  ])('%s', (_label, patch, expected) => {
    const result = sanitiseProspect({ source: 'linkedin', kind: 'person', name: 'Anna Berg', sourceUrl: 'https://www.linkedin.com/in/anna/', ...patch });
    const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, result?.[key as keyof Prospect]]));
    expect(result).toBeDefined();
    expect(picked).toStrictEqual(expected);
  });

  it.each([
    ['no name', { name: undefined }],
    ['a blank name', { name: '  ' }],
    ['an over-long name', { name: 'x'.repeat(201) }],
    ['no source URL', { sourceUrl: '' }],
    ['an unknown source', { source: 'manual' as never }],
  ])('drops a draft with %s', (_label, patch) => {
    expect(sanitiseProspect({ source: 'gmail', kind: 'person', name: 'Anna', sourceUrl: 'https://mail.google.com/', ...patch })).toBeUndefined();
  });
});
