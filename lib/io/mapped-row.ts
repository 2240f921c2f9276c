import { canonicalLinkedInCompanyUrl, canonicalLinkedInUrl, normaliseEmail, type Stage } from '../model';
import { resolveStageValue, resolveStatusValue } from './crm-stage-vocabulary';
import { COMPANY_NOT_PROVIDED } from './csv-columns-salesforce';
import type { ImportTarget } from './import-targets';
import { LeadPatch } from './lead-patch';
import { parseAmount } from './parse-amount';
import { joinName } from './person-name';
import type { RowOutcome } from './row-outcome';

/** Longest cell an import takes from a mapped column: far above any field, far below a runaway. */
export const MAX_CELL = 10_000;

export interface MappedRowContext {
  headers: readonly string[];
  targets: readonly ImportTarget[];
  stages: readonly Stage[];
}

type Found = Partial<Record<ImportTarget, { value: string; header: string }>>;

// Placeholders CRMs write for a value nobody knows; they are not data.
const PLACEHOLDERS = new Set([COMPANY_NOT_PROVIDED]);

// Targets not copied as they are: the name parts become `name`, stage cells a stage and status,
// a LinkedIn address its canonical form (or nothing).
const NOT_COPIED = new Set<string>(['firstName', 'lastName', 'stage', 'linkedinUrl']);

/** A row of a mapped CSV as a lead patch (not yet a lead: it may merge into a known one). */
export function readMappedRow(cells: readonly string[], ctx: MappedRowContext): RowOutcome<LeadPatch> {
  const found: Found = {};
  const stageCells: { value: string; header: string }[] = [];
  for (let i = 0; i < ctx.targets.length; i += 1) {
    const target = ctx.targets[i]!;
    if (target === 'ignore') continue;
    const cell = cells[i] ?? '';
    const header = ctx.headers[i] ?? `#${i + 1}`;
    if (cell.length > MAX_CELL) {
      return { ok: false, reason: `the cell in column “${header}” has ${cell.length.toLocaleString('en')} characters; the limit is ${MAX_CELL.toLocaleString('en')}` };
    }
    const value = cell.trim();
    if (!value || PLACEHOLDERS.has(value)) continue;
    if (target === 'stage') stageCells.push({ value, header });
    // The first non-empty column wins when two are mapped to the same target.
    found[target] ??= { value, header };
  }
  const warnings: string[] = [];
  // Built without `delete` and without undefined values (zod would keep such a key): deleting
  // keys and filtering entries per row was a quarter of the planner's time (Node 20, zod without
  // its JIT as in the extension, 10,000 rows: 158 ms, 119 ms without).
  const draft: Record<string, unknown> = {};
  for (const target in found) if (!NOT_COPIED.has(target)) draft[target] = found[target as ImportTarget]!.value;
  const name = found.name?.value ?? (joinName(found.firstName?.value, found.lastName?.value) || undefined);
  if (name !== undefined) draft.name = name;

  if (found.email) {
    draft.email = normaliseEmail(found.email.value);
    if (!draft.email) return refuse('invalid email', found.email);
  }
  if (found.linkedinUrl) {
    const profile = canonicalLinkedInUrl(found.linkedinUrl.value);
    const company = canonicalLinkedInCompanyUrl(found.linkedinUrl.value);
    if (profile) draft.linkedinUrl = profile;
    if (!profile && company) draft.companyLinkedinUrl ??= company;
    else if (!profile) warnings.push(`“${found.linkedinUrl.value}” is not a LinkedIn profile address; it was left out`);
  }
  if (found.dealValue) {
    const amount = parseAmount(found.dealValue.value);
    if (amount === undefined) return refuse('invalid number', found.dealValue);
    if (amount < 0) return refuse('negative deal value', found.dealValue);
    draft.dealValue = amount;
  }
  if (found.currency) {
    const code = found.currency.value.toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return refuse('invalid currency (use a three-letter code such as SEK or EUR)', found.currency);
    draft.currency = code;
  }
  if (stageCells.length) {
    // Of several stage columns, one that says won or lost wins over one that says how far it got.
    const resolved = stageCells.map((cell) => resolveStageValue(cell.value, ctx.stages)).filter((s) => s !== undefined);
    const stage = resolved.find((s) => s.status !== 'open') ?? resolved[0];
    if (stage) Object.assign(draft, stage);
    else warnings.push(`unknown stage “${stageCells[0]?.value}”; the lead goes to the first stage`);
  }
  if (found.status) {
    const status = resolveStatusValue(found.status.value);
    if (status) draft.status = status;
    else warnings.push(`unknown status “${found.status.value}”; ignored`);
  }
  if (found.tags) draft.tags = splitTags(found.tags.value);

  const parsed = LeadPatch.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const header = found[key as ImportTarget]?.header ?? (key === 'name' ? 'First/Last name' : key);
    return { ok: false, reason: `column “${header}”: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data, warnings };
}

function refuse(what: string, cell: { value: string; header: string }): RowOutcome<never> {
  const shown = cell.value.length > 60 ? `${cell.value.slice(0, 60)}…` : cell.value;
  return { ok: false, reason: `${what} “${shown}” in column “${cell.header}”` };
}

/** Tags as "a; b", "a, b" or a JSON array (a Pipewell export mapped by hand). */
function splitTags(value: string): string[] {
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return [...new Set(parsed.map(String))];
    } catch {
      // Not JSON after all: split it like any list.
    }
  }
  return [...new Set(value.split(/[;,]/).map((tag) => tag.trim()).filter(Boolean))];
}
