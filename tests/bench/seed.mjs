// Generated leads for the benchmark, valid against the Lead schema, written straight into the
// extension's IndexedDB from its service worker (seeding is set-up, not what is measured).

const STAGES = ['new', 'contacted', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];
const TITLES = ['CEO', 'VP Sales', 'Head of Marketing', 'Försäljningschef', 'Engineer', 'CTO', 'Director of Operations'];
const DAY = 86_400_000;

/** A seeded pseudo-random generator, so every run seeds the same pipeline. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateLeads(count, now = Date.UTC(2026, 10, 1), seed = 7) {
  const rand = random(seed);
  const leads = [];
  for (let i = 0; i < count; i += 1) {
    const stageId = STAGES[Math.floor(rand() * STAGES.length)];
    const createdAt = now - Math.floor(rand() * 365) * DAY;
    const status = stageId === 'won' ? 'won' : stageId === 'lost' ? 'lost' : 'open';
    const total = Math.floor(rand() * 100);
    leads.push({
      id: `bench-${i}`,
      name: `Person ${i}`,
      email: `person${i}@company${i % 997}.example`,
      title: TITLES[i % TITLES.length],
      company: `Company ${i % 997}`,
      identities: [`email:person${i}@company${i % 997}.example`],
      source: i % 2 ? 'linkedin' : 'gmail',
      stageId,
      stageHistory: [{ stageId: 'new', at: createdAt }, ...(stageId === 'new' ? [] : [{ stageId, at: createdAt + 5 * DAY }])],
      status,
      bant: {
        budget: { answer: rand() > 0.5 ? 'yes' : 'unknown', note: '' },
        authority: { answer: 'unknown', note: '' },
        need: { answer: rand() > 0.3 ? 'yes' : 'no', note: '' },
        timing: { answer: 'unknown', note: '' },
      },
      dealValue: Math.floor(rand() * 100) * 1000,
      currency: i % 5 ? 'EUR' : 'SEK',
      notes: '',
      tags: [],
      editedFields: [],
      createdAt,
      updatedAt: createdAt,
      lastTouchAt: createdAt + Math.floor(rand() * 30) * DAY,
      ...(status === 'open' ? {} : { closedAt: createdAt + 5 * DAY }),
      score: { total, fit: total, engagement: 0, qualification: 0, grade: total >= 75 ? 'A' : total >= 50 ? 'B' : total >= 25 ? 'C' : 'D', reasons: [], scoredAt: now, modelVersion: 1 },
    });
  }
  return leads;
}

/**
 * Clears the leads and activities and writes `leads` in chunks, inside the extension's worker,
 * then tells the worker (lib/db DB_WRITTEN_CHANNEL) to drop what it holds in memory of them.
 */
export async function seedLeads(worker, leads) {
  await worker.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('pipewell');
    open.onsuccess = () => {
      // The score book (version 4) is made from the lead rows: emptied here, the worker fills it again.
      const stores = ['leads', 'leadBatches', 'activities', 'activityBatches', 'scoreFacts', 'scores'].filter((name) => open.result.objectStoreNames.contains(name));
      const tx = open.result.transaction(stores, 'readwrite');
      for (const name of stores) tx.objectStore(name).clear();
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  for (let start = 0; start < leads.length; start += 5000) {
    const chunk = leads.slice(start, start + 5000);
    await worker.evaluate((rows) => new Promise((resolve, reject) => {
      const open = indexedDB.open('pipewell');
      open.onsuccess = () => {
        const tx = open.result.transaction('leads', 'readwrite');
        for (const row of rows) tx.objectStore('leads').put(row);
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }), chunk);
  }
  await announceWrites(worker);
}

/** About `perLead` activities per lead (captured, emails, a profile view), for engagement scoring. */
export function generateActivities(leads, perLead = 3, now = Date.UTC(2026, 10, 1)) {
  const types = ['captured', 'email_received', 'profile_viewed', 'email_sent', 'replied'];
  const rows = [];
  leads.forEach((lead, i) => {
    for (let k = 0; k < perLead; k += 1) {
      rows.push({ id: `${lead.id}-a${k}`, leadId: lead.id, type: types[k % types.length], at: now - ((i * 7 + k * 13) % 90) * DAY, summary: '' });
    }
  });
  return rows;
}

/**
 * The leads as the database keeps them once they have `activities` (schema version 3): each row
 * carries the times of its activities by type, oldest first (lib/db/activity-times.ts), which
 * every write that logs an activity keeps up to date. Seed these when seeding activities too.
 */
export function withActivityTimes(leads, activities) {
  const times = new Map(leads.map((lead) => [lead.id, {}]));
  for (const { leadId, type, at } of activities) {
    const byType = times.get(leadId);
    if (byType) (byType[type] ??= []).push(at);
  }
  for (const byType of times.values()) for (const list of Object.values(byType)) list.sort((a, b) => a - b);
  return leads.map((lead) => ({ ...lead, activityTimes: times.get(lead.id) }));
}

/** Tells the worker its lead rows were written around it (lib/db/schema.ts DB_WRITTEN_CHANNEL). */
export async function announceWrites(worker) {
  await worker.evaluate(() => {
    const channel = new BroadcastChannel('pipewell-db-written');
    channel.postMessage('written');
    channel.close();
  });
}

/** Appends activities in chunks (after `seedLeads`, which clears them). */
export async function seedActivities(worker, activities) {
  for (let start = 0; start < activities.length; start += 10000) {
    const chunk = activities.slice(start, start + 10000);
    await worker.evaluate((rows) => new Promise((resolve, reject) => {
      const open = indexedDB.open('pipewell');
      open.onsuccess = () => {
        const tx = open.result.transaction('activities', 'readwrite');
        for (const row of rows) tx.objectStore('activities').put(row);
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }), chunk);
  }
  await announceWrites(worker);
}

/**
 * Waits until the worker answers a request again after seeding: its periodic jobs (snapshot,
 * review count) start a minute after it wakes and read every lead, which would otherwise
 * land inside the first measurement.
 */
export async function settle(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(() => chrome.runtime.sendMessage({ channel: 'pipewell', name: 'lead.list', data: { limit: 1 } }));
  await page.close();
}

/**
 * Waits, in the worker, until no lead is left in a batch (an import's leads are written many to a
 * record and moved into rows of their own in the background after the commit) and answers how
 * long that took from the call, in ms, polling every 50 ms.
 */
export async function waitForSettledLeads(worker) {
  return worker.evaluate(() => new Promise((resolve, reject) => {
    const start = performance.now();
    const open = indexedDB.open('pipewell');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const poll = () => {
        const request = db.transaction('leadBatches').objectStore('leadBatches').count();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          if (request.result > 0) return void setTimeout(poll, 50);
          db.close();
          resolve(performance.now() - start);
        };
      };
      poll();
    };
  }));
}

/**
 * The IndexedDB floor under a figure: the leads store's own rows written back raw, in the worker,
 * with the store's own indexes: read in pages of `pageSize` (timed), then written back in pages
 * of `pageSize` (timed), or, with `cleared`, deleted and put back in one transaction, as an
 * import into an empty store does. The rows end as they were. No parsing, scoring or messages.
 */
export async function measureFloor(worker, { pageSize = 2000, cleared = false } = {}) {
  return worker.evaluate(({ pageSize, cleared }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('pipewell');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const done = (tx) => new Promise((ok, fail) => {
        tx.oncomplete = () => ok(undefined);
        tx.onerror = () => fail(tx.error);
        tx.onabort = () => fail(tx.error);
      });
      try {
        const rows = [];
        let start = performance.now();
        for (let last; ;) {
          const tx = db.transaction('leads');
          const request = tx.objectStore('leads').getAll(last === undefined ? null : IDBKeyRange.lowerBound(last, true), pageSize);
          await done(tx);
          rows.push(...request.result);
          if (request.result.length < pageSize) break;
          last = request.result.at(-1).id;
        }
        const read = performance.now() - start;
        if (cleared) {
          const clear = db.transaction('leads', 'readwrite');
          clear.objectStore('leads').clear();
          await done(clear);
          start = performance.now();
          const tx = db.transaction('leads', 'readwrite');
          for (const row of rows) tx.objectStore('leads').put(row);
          await done(tx);
        } else {
          start = performance.now();
          for (let from = 0; from < rows.length; from += pageSize) {
            const tx = db.transaction('leads', 'readwrite');
            for (const row of rows.slice(from, from + pageSize)) tx.objectStore('leads').put(row);
            await done(tx);
          }
        }
        db.close();
        resolve({ rows: rows.length, read, write: performance.now() - start });
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  }), { pageSize, cleared });
}
