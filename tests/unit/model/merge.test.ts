import { describe, expect, it } from 'vitest';
import { applyUserEdit, createLead, DEFAULT_STAGES, fieldsFromProspect, mergeFields, moveToStage, type Prospect } from '../../../lib/model';

const T0 = Date.UTC(2026, 10, 1);
const prospect: Prospect = {
  source: 'linkedin',
  kind: 'person',
  name: 'Anna Berg',
  title: 'Head of Sales',
  company: 'Nordvik AB',
  linkedinUrl: 'https://se.linkedin.com/in/anna-berg?x=1',
  sourceUrl: 'https://www.linkedin.com/in/anna-berg/',
};

function lead() {
  return createLead({ id: 'l1', fields: { ...fieldsFromProspect(prospect), name: 'Anna Berg' }, source: 'linkedin', stageId: 'new', currency: 'SEK', now: T0 });
}

describe('fieldsFromProspect', () => {
  it('canonicalises the profile URL and drops empty fields', () => {
    const fields = fieldsFromProspect({ ...prospect, email: 'Anna@Nordvik.se', location: undefined });
    expect(fields.linkedinUrl).toBe('https://www.linkedin.com/in/anna-berg/');
    expect(fields.email).toBe('anna@nordvik.se');
    expect('location' in fields).toBe(false);
  });
});

describe('mergeFields', () => {
  it('fills gaps and adds the new identity', () => {
    const { lead: merged, changed } = mergeFields(lead(), { email: 'anna@nordvik.se', location: 'Malmö' }, T0 + 1000);
    expect(merged.email).toBe('anna@nordvik.se');
    expect(merged.location).toBe('Malmö');
    expect(merged.identities).toEqual(['linkedin:https://www.linkedin.com/in/anna-berg/', 'email:anna@nordvik.se']);
    expect(changed).toEqual(['email', 'location']);
    expect(merged.lastTouchAt).toBe(T0 + 1000);
  });

  it('takes the page’s fresher title when the user has not edited it', () => {
    expect(mergeFields(lead(), { title: 'VP Sales' }, T0).lead.title).toBe('VP Sales');
  });

  it('keeps a field the user edited', () => {
    const edited = applyUserEdit(lead(), { title: 'Chief Revenue Officer' }, T0);
    const { lead: merged, changed } = mergeFields(edited, { title: 'VP Sales', company: 'Nordvik Group' }, T0 + 1);
    expect(merged.title).toBe('Chief Revenue Officer');
    expect(merged.company).toBe('Nordvik Group');
    expect(changed).toEqual(['company']);
  });

  it('never replaces a known email with another one', () => {
    const withEmail = mergeFields(lead(), { email: 'anna@nordvik.se' }, T0).lead;
    expect(mergeFields(withEmail, { email: 'anna.berg@gmail.com' }, T0).lead.email).toBe('anna@nordvik.se');
  });
});

describe('moveToStage', () => {
  it('records the move and closes on won', () => {
    const won = DEFAULT_STAGES.find((s) => s.id === 'won')!;
    const moved = moveToStage(lead(), won, T0 + 5);
    expect(moved.status).toBe('won');
    expect(moved.closedAt).toBe(T0 + 5);
    expect(moved.stageHistory).toEqual([{ stageId: 'new', at: T0 }, { stageId: 'won', at: T0 + 5 }]);
  });

  it('reopens a lost lead', () => {
    const lost = moveToStage(lead(), DEFAULT_STAGES.find((s) => s.id === 'lost')!, T0 + 1);
    const reopened = moveToStage(lost, DEFAULT_STAGES[1]!, T0 + 2);
    expect(reopened.status).toBe('open');
    expect(reopened.closedAt).toBeUndefined();
  });
});
