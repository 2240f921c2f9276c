/**
 * Default industry and location keywords (same syntax as seniority.ts). They are a starting
 * point for a prospector selling software to Nordic companies; the user edits them per model.
 * LinkedIn shows industries in the viewer's language, so each list carries several.
 */

/** Industries that buy business software readily. */
export const TARGET_INDUSTRY_KEYWORDS: readonly string[] = [
  'software', '*software', 'saas', 'it', 'it services', 'information technology', 'internet', 'computer*',
  'technology', 'telecommunications', 'fintech', 'mjukvara', 'programvara', 'it-tjänster', 'informationsteknik',
  'informationstechnologie', 'logiciel*', 'informatique', 'tecnología', 'tecnologías de la información',
  'programvare', 'informasjonsteknologi', 'informationsteknologi',
];

/** Industries with slow procurement and small budgets for outside tools. */
export const LOW_FIT_INDUSTRY_KEYWORDS: readonly string[] = [
  'non-profit', 'nonprofit', 'government', 'public administration', 'education', 'higher education', 'ideell*',
  'offentlig förvaltning', 'utbildning', 'öffentliche verwaltung', 'bildung', 'gemeinnützig*',
  'administration publique', 'enseignement', 'sin ánimo de lucro', 'administración pública', 'educación',
  'offentlig forvaltning', 'undervisning',
];

/** The Nordic countries and their largest cities, in their own and the main LinkedIn languages. */
export const NORDIC_LOCATION_KEYWORDS: readonly string[] = [
  'sweden', 'sverige', 'schweden', 'suède', 'suecia', 'norway', 'norge', 'norwegen', 'norvège', 'noruega',
  'denmark', 'danmark', 'dänemark', 'danemark', 'dinamarca', 'finland', 'suomi', 'finnland', 'finlande',
  'finlandia', 'stockholm', 'göteborg', 'gothenburg', 'malmö', 'uppsala', 'oslo', 'bergen', 'copenhagen',
  'københavn', 'aarhus', 'helsinki', 'nordics', 'nordic', 'scandinavia', 'skandinavien',
];
