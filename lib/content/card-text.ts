import * as en from '../../public/_locales/en/messages.json';
import * as sv from '../../public/_locales/sv/messages.json';

export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The languages of `public/_locales`, in the order of each `CARD_TEXT` row. */
export const CARD_LANGUAGES = ['en', 'sv'] as const;

/**
 * The catalog entries the card and the search badges show, read from `public/_locales` at build
 * time. The browser's `i18n.getMessage` fetches the whole catalog (80 KB in both languages) over
 * a synchronous IPC on its first call in a tab: 8–12 ms of the page's main thread in the bench
 * (2026-11-27), for these 40 strings. Each entry is named statically so the bundle keeps only
 * these; a key missing from a catalog fails the type check.
 */
export const CARD_TEXT = {
  addToPipeline: [en.addToPipeline, sv.addToPipeline],
  answerNo: [en.answerNo, sv.answerNo],
  answerUnknown: [en.answerUnknown, sv.answerUnknown],
  answerYes: [en.answerYes, sv.answerYes],
  authority: [en.authority, sv.authority],
  budget: [en.budget, sv.budget],
  cancel: [en.cancel, sv.cancel],
  close: [en.close, sv.close],
  company: [en.company, sv.company],
  companySaved: [en.companySaved, sv.companySaved],
  companySize: [en.companySize, sv.companySize],
  currency: [en.currency, sv.currency],
  daysAgo: [en.daysAgo, sv.daysAgo],
  dealValue: [en.dealValue, sv.dealValue],
  errorPrefix: [en.errorPrefix, sv.errorPrefix],
  grade: [en.grade, sv.grade],
  headquarters: [en.headquarters, sv.headquarters],
  inPipeline: [en.inPipeline, sv.inPipeline],
  industry: [en.industry, sv.industry],
  lastTouch: [en.lastTouch, sv.lastTouch],
  leadsAtCompany: [en.leadsAtCompany, sv.leadsAtCompany],
  name: [en.name, sv.name],
  need: [en.need, sv.need],
  never: [en.never, sv.never],
  nextStep: [en.nextStep, sv.nextStep],
  nextStepDate: [en.nextStepDate, sv.nextStepDate],
  noLeadsAtCompany: [en.noLeadsAtCompany, sv.noLeadsAtCompany],
  note: [en.note, sv.note],
  openInPipewell: [en.openInPipewell, sv.openInPipewell],
  phone: [en.phone, sv.phone],
  pipewellCard: [en.pipewellCard, sv.pipewellCard],
  qualifyTitle: [en.qualifyTitle, sv.qualifyTitle],
  save: [en.save, sv.save],
  saveCompany: [en.saveCompany, sv.saveCompany],
  saving: [en.saving, sv.saving],
  score: [en.score, sv.score],
  stage: [en.stage, sv.stage],
  timing: [en.timing, sv.timing],
  title: [en.title, sv.title],
  today: [en.today, sv.today],
  website: [en.website, sv.website],
} satisfies Record<string, readonly CatalogEntry[]>;
