// Capture latency: message sent from an extension page → reply after the lead is stored.
import { median, ms, percentile, report } from '../stats.mjs';

export default async function captureLatency({ openExtensionPage, worker, seedLeads }) {
  await seedLeads(worker, []);
  const page = await openExtensionPage('popup.html');
  const timings = await page.evaluate(async (count) => {
    const results = [];
    for (let i = 0; i < count; i += 1) {
      const hex = i.toString(16).padStart(12, '0');
      const data = {
        captureId: `00000000-0000-4000-8000-${hex}`,
        prospect: { source: 'linkedin', kind: 'person', name: `Bench Person ${i}`, title: 'VP Sales', company: 'Bench AB', linkedinUrl: `https://www.linkedin.com/in/bench-${i}/`, sourceUrl: `https://www.linkedin.com/in/bench-${i}/` },
      };
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage({ channel: 'pipewell', name: 'lead.capture', data });
      results.push(performance.now() - start);
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    }
    return results;
  }, 200);
  await page.close();
  report('Capture latency (200 captures, new leads, sent → stored)', [
    ['median', ms(median(timings))],
    ['p95', ms(percentile(timings, 95))],
  ]);
}
