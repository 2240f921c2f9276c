// fast-check leads: every field, awkward text, and times inside and outside the ISO range.
import fc from 'fast-check';
import { identityKeys, Lead } from '../../../lib/model';

// NUL is refused as binary on import (text-encoding.ts), so leads never hold it here.
const anyText = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", '"', ' ', '\n', 'Å', '李', '-42', '+46 70'),
      fc.string({ unit: 'binary', maxLength: maxLength - 6 }),
    )
    .map(([prefix, rest]) => (prefix + rest).replaceAll('\u0000', ''));

const optionalText = (maxLength: number) => fc.option(anyText(maxLength).filter((s) => s !== ''), { nil: undefined });
const time = fc.oneof(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: -1e15, max: 1e15 }), fc.maxSafeInteger());
const answer = fc.constantFrom('unknown', 'yes', 'no');
const bantPart = fc.record({ answer, note: anyText(300) });

const score = fc.record({
  total: fc.integer({ min: 0, max: 100 }),
  fit: fc.double({ min: 0, max: 100, noNaN: true }).map((v) => v + 0),
  engagement: fc.integer({ min: 0, max: 100 }),
  qualification: fc.integer({ min: 0, max: 100 }),
  grade: fc.constantFrom('A', 'B', 'C', 'D'),
  reasons: fc.array(
    fc.record({ criterion: anyText(40), label: anyText(80), points: fc.integer({ min: -50, max: 50 }), part: fc.constantFrom('fit', 'engagement', 'qualification') }),
    { maxLength: 3 },
  ),
  scoredAt: time,
  modelVersion: fc.integer({ min: 0, max: 99 }),
});

const email = fc.option(fc.oneof(fc.emailAddress(), anyText(60).filter((s) => s !== '')), { nil: undefined });
const linkedinUrl = fc.option(
  fc.oneof(fc.stringMatching(/^[a-z0-9-]{3,20}$/).map((slug) => `https://www.linkedin.com/in/${slug}/`), anyText(80).filter((s) => s !== '')),
  { nil: undefined },
);

export const leadArbitrary = fc
  .record({
    id: anyText(64).filter((s) => s !== ''),
    name: anyText(200).filter((s) => s.trim() !== ''),
    email, linkedinUrl,
    title: optionalText(200), company: optionalText(200), companyDomain: optionalText(200), industry: optionalText(200),
    companySize: optionalText(60), companyLinkedinUrl: optionalText(300), location: optionalText(200), phone: optionalText(60),
    website: optionalText(300), headline: optionalText(300), address: optionalText(300),
    source: fc.constantFrom('linkedin', 'gmail', 'manual', 'import'),
    sourceUrl: optionalText(2000),
    stageId: anyText(30).filter((s) => s !== ''),
    stageHistory: fc.array(fc.record({ stageId: anyText(30).filter((s) => s !== ''), at: fc.integer({ min: 0, max: 1e15 }) }), { minLength: 1, maxLength: 4 }),
    status: fc.constantFrom('open', 'won', 'lost', 'archived'),
    lostReason: optionalText(200),
    bant: fc.record({ budget: bantPart, authority: bantPart, need: bantPart, timing: bantPart }),
    dealValue: fc.option(fc.oneof(fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 1e9 })).map((v) => v + 0), { nil: undefined }),
    currency: fc.stringMatching(/^[A-Z]{3}$/),
    nextStep: optionalText(300),
    nextStepAt: fc.option(time, { nil: undefined }),
    notes: anyText(2000),
    tags: fc.array(anyText(60), { maxLength: 5 }),
    editedFields: fc.array(fc.constantFrom('name', 'title', 'company'), { maxLength: 3 }),
    createdAt: time, updatedAt: time, lastTouchAt: time,
    closedAt: fc.option(time, { nil: undefined }),
    snoozedUntil: fc.option(time, { nil: undefined }),
    score: fc.option(score, { nil: undefined }),
  })
  .map((raw) => Lead.safeParse({ ...raw, identities: identityKeys(raw) }))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as Lead);

/** Leads with distinct ids that share no identity key, as a stored database holds them. */
export const distinctLeads = fc.array(leadArbitrary, { maxLength: 12 }).map((leads) => {
  const seen = new Set<string>();
  return leads.filter((lead) => {
    const keys = [`id:${lead.id}`, ...lead.identities];
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
});
