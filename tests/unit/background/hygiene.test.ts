import { describe, expect, it, vi } from 'vitest';
import { parseLeadFields } from '../../../lib/db/rows';
import { REVIEW_FIELDS } from '../../../lib/pipeline';
import { fakeBrowser } from 'wxt/testing';
import { badgeNeedsCount, createBadgeRefresher, refreshBadge } from '../../../lib/background/badge';
import { ALL_JOBS } from '../../../lib/background/all-jobs';
import { hygieneJob, NOTIFIED_KEY, notifyIfDue } from '../../../lib/background/hygiene-job';
import { createJobRunner } from '../../../lib/background/jobs';
import { anna, createHarness, T0 } from './harness';
import { bo, capture, DAY, type Harness, stubBrowserGaps } from './hygiene-fixtures';

const badge = () => fakeBrowser.action.getBadgeText({});
const granted = stubBrowserGaps();

async function withNotify(h: Harness, notify: boolean) {
  const settings = await h.ctx.settings();
  await h.call('settings.update', { settings: { hygiene: { ...settings.hygiene, notify } } });
}

describe('the badge', () => {
  it('shows the count of leads to review, and clears when the stale lead is archived', async () => {
    const h = await createHarness();
    const lead = await capture(h, anna);
    await capture(h, bo);
    await refreshBadge(h.ctx);
    expect(await badge()).toBe('');

    h.advance(8 * DAY); // "New" allows 7 idle days
    await h.call('lead.touch', { id: (await h.repo.allLeads()).find((l) => l.id !== lead.id)!.id, note: 'Called' });
    expect(await refreshBadge(h.ctx)).toBe(1);
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb4, 0x53, 0x09, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('badgeTitle 1');

    await h.call('lead.archive', { id: lead.id, reason: 'Not interested' });
    await refreshBadge(h.ctx);
    expect(await badge()).toBe('');
  });

  it('is counted at a session’s first start only: a worker woken later finds it current', async () => {
    const h = await createHarness();
    await fakeBrowser.storage.session.clear();
    expect(await badgeNeedsCount()).toBe(true);
    await refreshBadge(h.ctx);
    expect(await badgeNeedsCount()).toBe(false);
    await fakeBrowser.storage.session.clear(); // the browser restarted, or the extension reloaded
    expect(await badgeNeedsCount()).toBe(true);
  });

  it('skips a lead row it cannot read, counting the rest', async () => {
    const h = await createHarness();
    await capture(h, anna);
    await capture(h, bo);
    const [first, second] = await h.repo.allLeads();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const states = parseLeadFields([{ ...first!, lastTouchAt: 'yesterday' }, second], REVIEW_FIELDS);
    expect(states).toEqual([{ status: 'open', stageId: second!.stageId, lastTouchAt: second!.lastTouchAt }]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('refreshes once after a burst of writes, without waiting for the alarm', async () => {
    const h = await createHarness();
    await capture(h, anna);
    h.advance(8 * DAY);
    const schedule = createBadgeRefresher(5);
    let counts = 0;
    const counting = { ...h.ctx, settings: async () => (counts++, h.ctx.settings()) };
    for (let i = 0; i < 5; i++) schedule(counting);
    await expect.poll(badge).toBe('1');
    expect(counts).toBe(1);
  });
});

describe('the jobs', () => {
  it('schedules an hourly hygiene alarm and a daily retention alarm, once', async () => {
    const h = await createHarness();
    const runner = createJobRunner(ALL_JOBS, async () => h.ctx);
    await runner.schedule(fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.getAll();
    const mine = first.filter((a) => a.name === 'hygiene' || a.name === 'retention');
    expect(mine.map((a) => [a.name, a.periodInMinutes]).sort()).toEqual([['hygiene', 60], ['retention', 1440]]);
    await new Promise((r) => setTimeout(r, 5));
    await runner.schedule(fakeBrowser.alarms);
    expect(await fakeBrowser.alarms.getAll()).toEqual(first);
  });

  it('the hygiene alarm brings the badge up to date as leads age into staleness', async () => {
    const h = await createHarness();
    await capture(h, anna);
    const runner = createJobRunner(ALL_JOBS, async () => h.ctx);
    h.advance(8 * DAY);
    await runner.onAlarm({ name: 'hygiene' });
    expect(await badge()).toBe('1');
  });
});

describe('the review notification', () => {
  /** A review at T0 (Monday): the next falls due on the following Monday. */
  async function dueWithOneStale(h: Harness) {
    await capture(h, anna);
    await h.call('hygiene.finish', {});
    h.advance(8 * DAY);
  }

  it('is shown once per due period when reminders are on and allowed', async () => {
    const h = await createHarness();
    await dueWithOneStale(h);
    await withNotify(h, true);
    granted.notifications = true;
    await hygieneJob.run(h.ctx);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.values(shown)).toEqual([expect.objectContaining({ message: 'notifyReviewMessage 1' })]);
    await fakeBrowser.notifications.clear('pipewell-review');
    h.advance(3_600_000);
    await hygieneJob.run(h.ctx);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await h.repo.getMeta(NOTIFIED_KEY)).toBe(Date.UTC(2026, 10, 9));
  });

  it('is not shown when reminders are off, the permission is missing, or no review is due', async () => {
    const h = await createHarness();
    await dueWithOneStale(h);
    granted.notifications = true;
    expect(await notifyIfDue(h.ctx, 1)).toBe(false); // reminders off
    await withNotify(h, true);
    granted.notifications = false;
    expect(await notifyIfDue(h.ctx, 1)).toBe(false); // permission not granted
    granted.notifications = true;
    expect(await notifyIfDue(h.ctx, 0)).toBe(false); // nothing to review
    await h.call('hygiene.finish', {});
    expect(await notifyIfDue(h.ctx, 1)).toBe(false); // just reviewed: next due next Monday
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('hygiene.status and hygiene.finish', () => {
  it('reports the count, the due date, the last clean-up and whether the schedule is kept', async () => {
    const h = await createHarness();
    await capture(h, anna, 5000);
    h.advance(8 * DAY);
    const before = await h.call('hygiene.status', {});
    expect(before).toMatchObject({ toReview: 1, stale: 1, overdue: 0, lastReviewAt: null, daysSinceLastReview: null, kept: false, cadence: 'weekly' });
    expect(before.nextDueAt).toBe(Date.UTC(2026, 10, 16)); // first Monday from today (Tue 10 Nov)

    const after = await h.call('hygiene.finish', {});
    expect(after).toMatchObject({ lastReviewAt: T0 + 8 * DAY, daysSinceLastReview: 0, kept: true, due: false });
    expect((await h.ctx.settings()).hygiene.reviews).toEqual([T0 + 8 * DAY]);

    h.advance(10 * DAY);
    expect(await h.call('hygiene.status', {})).toMatchObject({ daysSinceLastReview: 10, kept: false, due: true });
  });

  it('queues stale and overdue leads, most valuable first, and leaves snoozed ones out', async () => {
    const h = await createHarness();
    const small = await capture(h, anna, 100);
    const big = await capture(h, bo, 9000);
    const third = await capture(h, { ...bo, name: 'Cy Ek', email: 'cy@ek.se', linkedinUrl: undefined });
    await h.call('lead.update', { id: third.id, qualification: { nextStep: 'Call', nextStepAt: T0 + DAY } });
    h.advance(8 * DAY);
    await h.call('lead.snooze', { id: small.id, days: 7 });
    const { items, total } = await h.call('hygiene.queue', {});
    expect(total).toBe(2);
    expect(items.map((i) => [i.lead.id, i.stale, i.overdue, i.daysIdle])).toEqual([
      [big.id, true, false, 8],
      [third.id, true, true, 8],
    ]);
  });
});
