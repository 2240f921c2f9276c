import { describe, expect, it } from 'vitest';
import type { Prospect } from '../../../lib/model';
import { anna, captureId, createHarness, T0 } from './harness';

const bo: Prospect = { ...anna, name: 'Bo Lind', linkedinUrl: 'https://www.linkedin.com/in/bo-lind/' };
const cy: Prospect = { ...anna, name: 'Cy Ek', linkedinUrl: 'https://www.linkedin.com/in/cy-ek/' };
const HOUR = 3_600_000;

async function threeInContacted() {
  const h = await createHarness();
  const ids: string[] = [];
  for (const prospect of [anna, bo, cy]) {
    const { lead } = await h.call('lead.capture', { captureId: captureId(), prospect });
    await h.call('lead.move', { id: lead.id, stageId: 'contacted' });
    ids.push(lead.id);
  }
  return { h, ids };
}

describe('stage.remove', () => {
  it('moves every lead of the stage, records each move with its time, and drops the stage', async () => {
    const { h, ids } = await threeInContacted();
    await h.call('lead.archive', { id: ids[2]!, reason: 'Not interested' });
    h.advance(HOUR);
    const { settings, moved } = await h.call('stage.remove', { stageId: 'contacted', moveTo: 'qualified' });
    expect(moved).toBe(3);
    expect(settings.stages.map((s) => s.id)).toEqual(['new', 'qualified', 'proposal', 'negotiation', 'won', 'lost']);
    expect((await h.call('settings.get', {})).settings.stages).toEqual(settings.stages);
    const { lead, activities } = await h.call('lead.get', { id: ids[0]! });
    expect(lead.stageId).toBe('qualified');
    expect(lead.stageHistory).toEqual([
      { stageId: 'new', at: T0 },
      { stageId: 'contacted', at: T0 },
      { stageId: 'qualified', at: T0 + HOUR },
    ]);
    expect(activities[0]).toMatchObject({ type: 'stage_changed', at: T0 + HOUR, summary: 'Moved to Qualified (Contacted was removed)' });
    const archived = (await h.call('lead.get', { id: ids[2]! })).lead;
    expect(archived).toMatchObject({ stageId: 'qualified', status: 'archived', lostReason: 'Not interested' });
  });

  it('closes the leads when they move to a won stage', async () => {
    const { h, ids } = await threeInContacted();
    h.advance(HOUR);
    await h.call('stage.remove', { stageId: 'contacted', moveTo: 'won' });
    const { lead, activities } = await h.call('lead.get', { id: ids[1]! });
    expect(lead).toMatchObject({ stageId: 'won', status: 'won', closedAt: T0 + HOUR });
    expect(activities[0]?.type).toBe('won');
  });

  it('removes an empty stage without touching any lead', async () => {
    const { h } = await threeInContacted();
    const before = await h.repo.allActivities();
    expect(await h.call('stage.remove', { stageId: 'proposal', moveTo: 'new' })).toMatchObject({ moved: 0 });
    expect(await h.repo.allActivities()).toHaveLength(before.length);
  });

  it.each([
    ['the same stage', { stageId: 'contacted', moveTo: 'contacted' }, /choose another stage/],
    ['an unknown target', { stageId: 'contacted', moveTo: 'nowhere' }, /choose another stage/],
    ['an unknown stage', { stageId: 'nowhere', moveTo: 'new' }, /no stage "nowhere"/],
  ])('refuses %s and changes nothing', async (_, request, error) => {
    const { h } = await threeInContacted();
    await expect(h.call('stage.remove', request)).rejects.toThrow(error);
    expect((await h.call('settings.get', {})).settings.stages).toHaveLength(7);
    expect((await h.repo.allLeads()).every((l) => l.stageId === 'contacted')).toBe(true);
  });

  it('refuses to remove the last open stage', async () => {
    const h = await createHarness();
    const { settings } = await h.call('settings.get', {});
    const stages = settings.stages.filter((s) => s.kind !== 'open' || s.id === 'new');
    await h.call('settings.update', { settings: { stages } });
    await expect(h.call('stage.remove', { stageId: 'new', moveTo: 'won' })).rejects.toThrow(/open stage/);
  });
});
