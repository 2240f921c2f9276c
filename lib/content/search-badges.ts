import { sendUnchecked } from '../messaging/unchecked';
import type { LeadSummary } from '../messaging/protocol';
import type { Prospect } from '../model';
import { findSearchRows } from '../sites/linkedin';
import { observeSettled, type PageView } from './page-watch';
import { translate as t } from './translate';

const BADGE = 'pipewell-badge';
const SETTLE_MS = 400;
const CSS = `:host{all:initial;display:inline-block;margin:4px 0;font:12px/16px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
.known{display:inline-block;padding:2px 8px;border-radius:9999px;background:#d1fae5;color:#065f46;font-weight:500}
button{font:inherit;padding:2px 10px;border-radius:9999px;border:1px solid #4f46e5;background:#fff;color:#4338ca;cursor:pointer}
button:hover{background:#eef2ff}button:focus-visible{outline:2px solid #4338ca;outline-offset:2px}button:disabled{opacity:.6;cursor:default}
.error{color:#b91c1c}`;

/** "In pipeline · Qualified · 72" for a known person. */
function knownText(lead: LeadSummary): string {
  const score = lead.score === undefined ? '' : ` · ${Math.round(lead.score)}${lead.grade ? ` (${lead.grade})` : ''}`;
  return `${t('inPipeline')} · ${lead.stageName}${score}`;
}

/** Draws one row's badge (text only: page data never becomes markup). */
function drawBadge(host: Element, prospect: Prospect, lead: LeadSummary | undefined): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  if (lead) {
    const badge = document.createElement('span');
    badge.className = 'known';
    badge.dataset.testid = 'search-known';
    badge.textContent = knownText(lead);
    root.replaceChildren(style, badge);
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'search-capture';
  button.textContent = t('addToPipeline');
  button.setAttribute('aria-label', `${t('addToPipeline')}: ${prospect.name}`);
  button.addEventListener('click', () => void capture(host, prospect, button));
  root.replaceChildren(style, button);
}

async function capture(host: Element, prospect: Prospect, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    await sendUnchecked('lead.capture', { captureId: crypto.randomUUID(), prospect });
    const key = prospect.linkedinUrl ?? '';
    const { matches } = await sendUnchecked('lead.lookup', { identities: [key] });
    drawBadge(host, prospect, matches[key]);
  } catch (error) {
    button.disabled = false;
    button.title = error instanceof Error ? error.message : String(error);
    button.classList.add('error');
  }
}

/**
 * People search: every result row gets a badge — known people their stage and score, others a
 * one-click capture. One `lead.lookup` per batch of new rows; rows that load later get theirs too.
 */
export function runSearchView(view: PageView, doc: Document): void {
  const badges = new Set<Element>();
  const refresh = async () => {
    if (view.signal.aborted) return;
    const rows = findSearchRows(doc, view.url).filter(({ row, prospect }) => {
      const host = row.querySelector(`:scope ${BADGE}`);
      return !host || host.getAttribute('data-key') !== prospect.linkedinUrl;
    });
    const keys = rows.map((r) => r.prospect.linkedinUrl).filter((k): k is string => k !== undefined);
    if (keys.length === 0) return;
    const { matches } = await sendUnchecked('lead.lookup', { identities: keys });
    if (view.signal.aborted) return;
    for (const { row, prospect } of rows) {
      if (!prospect.linkedinUrl) continue;
      row.querySelector(`:scope ${BADGE}`)?.remove();
      const host = doc.createElement(BADGE);
      host.setAttribute('data-key', prospect.linkedinUrl);
      drawBadge(host, prospect, matches[prospect.linkedinUrl]);
      row.append(host);
      badges.add(host);
    }
  };
  void refresh().catch((error: unknown) => console.warn('[pipewell] search badges', error));
  observeSettled(doc.body, view.signal, SETTLE_MS, () => void refresh().catch(() => undefined));
  view.signal.addEventListener('abort', () => badges.forEach((b) => b.remove()), { once: true });
}
