import { describe, expect, it } from 'vitest';
import { anna, captureId, createHarness } from './harness';

describe('lead.capture', () => {
  it('stores a new person as a lead in the first open stage with a captured activity', async () => {
    const h = await createHarness();
    const { lead, created } = await h.call('lead.capture', { captureId: captureId(), prospect: anna });
    expect(created).toBe(true);
    expect(lead.stageId).toBe('new');
    expect(lead.identities).toEqual(['linkedin:https://www.linkedin.com/in/anna-berg/']);
    const { activities } = await h.call('lead.get', { id: lead.id });
    expect(activities.map((a) => a.type)).toEqual(['captured']);
  });

  it('merges a capture from another URL variant and from Gmail into the same lead', async () => {
    const h = await createHarness();
    const first = await h.call('lead.capture', { captureId: captureId(), prospect: anna });
    const variant = { ...anna, linkedinUrl: 'http://se.linkedin.com/in/Anna-Berg/overlay/contact-info/', location: 'Lund' };
    const second = await h.call('lead.capture', { captureId: captureId(), prospect: variant });
    expect(second.created).toBe(false);
    expect(second.lead.id).toBe(first.lead.id);
    expect(second.lead.location).toBe('Lund');
    const all = await h.repo.allLeads();
    expect(all).toHaveLength(1);
  });

  it('applies a retried capture once', async () => {
    const h = await createHarness();
    const id = captureId();
    await h.call('lead.capture', { captureId: id, prospect: anna });
    const retry = await h.call('lead.capture', { captureId: id, prospect: { ...anna, title: 'CEO' } });
    expect(retry.duplicate).toBe(true);
    expect(retry.lead.title).toBe('Head of Sales');
    expect((await h.call('lead.get', { id: retry.lead.id })).activities).toHaveLength(1);
  });

  it('leaves exactly one lead when ten captures of one person arrive at once', async () => {
    const h = await createHarness();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.call('lead.capture', { captureId: captureId(), prospect: anna })),
    );
    expect(new Set(results.map((r) => r.lead.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await h.repo.allLeads()).toHaveLength(1);
    expect((await h.repo.allActivities()).map((a) => a.type).sort()).toEqual(['captured', ...Array(9).fill('merged')]);
  });

  it('stores the qualification card’s answers', async () => {
    const h = await createHarness();
    const { lead } = await h.call('lead.capture', {
      captureId: captureId(),
      prospect: anna,
      qualification: {
        bant: {
          budget: { answer: 'yes', note: '200k approved' },
          authority: { answer: 'no', note: '' },
          need: { answer: 'yes', note: '' },
          timing: { answer: 'unknown', note: '' },
        },
        dealValue: 120000,
        currency: 'SEK',
        nextStep: 'Demo',
        nextStepAt: Date.UTC(2026, 10, 10),
        stageId: 'contacted',
      },
    });
    expect(lead.bant.budget).toEqual({ answer: 'yes', note: '200k approved' });
    expect(lead.dealValue).toBe(120000);
    expect(lead.currency).toBe('SEK');
    expect(lead.stageId).toBe('contacted');
    expect(lead.nextStep).toBe('Demo');
  });

  it('refuses a person with neither email nor profile URL, and writes nothing', async () => {
    const h = await createHarness();
    await expect(h.call('lead.capture', { captureId: captureId(), prospect: { ...anna, linkedinUrl: undefined } })).rejects.toThrow(/email or a LinkedIn/);
    expect(await h.repo.allLeads()).toHaveLength(0);
  });
});

describe('settings.update', () => {
  it('applies two saves sent at once one after the other, losing neither', async () => {
    const h = await createHarness();
    await Promise.all([
      h.call('settings.update', { settings: { weeklyNewLeadTarget: 25 } }),
      h.call('settings.update', { settings: { defaultCurrency: 'SEK' } }),
    ]);
    const { settings } = await h.call('settings.get', {});
    expect(settings).toMatchObject({ weeklyNewLeadTarget: 25, defaultCurrency: 'SEK' });
  });
});
