import type { Page } from '@playwright/test';

/** What a seeded lead looks like; sent as a LinkedIn capture with a qualification card. */
export interface SeedLead {
  name: string;
  title?: string;
  company?: string;
  dealValue?: number;
  currency?: string;
  stageId?: string;
  yes?: number;
  nextStep?: string;
  /** Days from now (negative: overdue). */
  nextStepInDays?: number;
}

/**
 * Captures leads by messaging the background from an extension page (a trusted sender), the
 * way the page card does. Returns their ids in order.
 */
export async function seedLeads(page: Page, leads: SeedLead[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const ids: string[] = [];
    for (const lead of list) {
      const slug = lead.name.toLowerCase().replace(/[^a-z]+/g, '-');
      const answers = ['budget', 'authority', 'need', 'timing'].map((key, i) => [key, { answer: i < (lead.yes ?? 0) ? 'yes' : 'unknown', note: '' }]);
      const reply = await chrome.runtime.sendMessage({
        channel: 'pipewell',
        name: 'lead.capture',
        data: {
          captureId: crypto.randomUUID(),
          prospect: {
            source: 'linkedin', kind: 'person', name: lead.name, title: lead.title, company: lead.company,
            linkedinUrl: `https://www.linkedin.com/in/${slug}/`, sourceUrl: `https://www.linkedin.com/in/${slug}/`,
          },
          qualification: {
            bant: Object.fromEntries(answers), dealValue: lead.dealValue, currency: lead.currency, stageId: lead.stageId, nextStep: lead.nextStep,
            nextStepAt: lead.nextStepInDays === undefined ? undefined : Date.now() + lead.nextStepInDays * 86_400_000,
          },
        },
      });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
      ids.push((reply.data as { lead: { id: string } }).lead.id);
    }
    return ids;
  }, leads);
}

/** Sends one message to the background from the page and returns its data. */
export async function message<T>(page: Page, name: string, data: unknown): Promise<T> {
  return page.evaluate(async ([n, d]) => {
    const reply = await chrome.runtime.sendMessage({ channel: 'pipewell', name: n, data: d });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.data;
  }, [name, data] as const) as Promise<T>;
}

const FIRST = ['Anna', 'Erik', 'Maja', 'Lars', 'Sofia', 'Johan', 'Elin', 'Karl', 'Ida', 'Nils'];
const LAST = ['Berg', 'Lind', 'Holm', 'Nyström', 'Ek'];
const TITLES = ['VP Sales', 'Head of Marketing', 'CTO', 'Sales Manager', 'Account Executive', 'CEO', 'Intern'];
const COMPANIES = ['Nordvik AB', 'Fjord Systems', 'Lumen Oy', 'Polar Data', 'Skog & Co'];
const STAGES = ['new', 'contacted', 'qualified', 'proposal', 'negotiation'];

/** Fifty invented leads across the open stages, in two currencies, some qualified, some overdue. */
export function fiftyLeads(): SeedLead[] {
  return Array.from({ length: 50 }, (_, i) => ({
    name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}`,
    title: TITLES[i % 7],
    company: COMPANIES[i % 5],
    dealValue: i % 6 === 5 ? undefined : 5_000 + ((i * 7_919) % 60) * 1_000,
    currency: i % 8 === 3 ? 'SEK' : 'EUR',
    stageId: STAGES[(i * 3) % 5],
    yes: i % 5,
    nextStep: i % 3 === 0 ? 'Send proposal' : i % 3 === 1 ? 'Follow-up call' : undefined,
    nextStepInDays: i % 3 === 2 ? undefined : (i % 4) - 1,
  }));
}

/**
 * Forty days of invented history for the trend lines, written straight into the snapshot
 * store (screenshots only: a real pipeline gathers these one day at a time). Each day's figures
 * are today's, scaled so the lines rise towards today.
 */
export async function seedHistory(page: Page): Promise<void> {
  const periods: Record<string, unknown> = {};
  for (const days of [30, 90, 365]) periods[days] = ((await message(page, 'pipeline.metrics', { days })) as { metrics: unknown }).metrics;
  await page.evaluate(async (today) => {
    // Only figures' values move; counts and days stay whole numbers, as the schema wants them.
    const scaleValue = (v: unknown, f: number): unknown =>
      typeof v === 'number' ? v * f : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([c, n]) => [c, (n as number) * f])) : v;
    const scale = (value: unknown, f: number): unknown => {
      if (Array.isArray(value)) return value;
      if (!value || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'value' ? scaleValue(v, f) : scale(v, f)]));
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('pipewell');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('snapshots', 'readwrite');
    for (let ago = 40; ago >= 1; ago--) {
      const at = Date.now() - ago * 86_400_000;
      const f = 0.55 + 0.45 * ((40 - ago) / 40) + 0.05 * Math.sin(ago / 4);
      const metrics = Object.fromEntries(Object.entries(today).map(([days, m]) => [days, { ...(scale(m, f) as object), at }]));
      tx.objectStore('snapshots').put({ day: new Date(at).toISOString().slice(0, 10), at, metrics });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, periods);
}
