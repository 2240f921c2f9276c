/**
 * UI strings Pipewell matches on LinkedIn, per interface language. Code never holds a label
 * literal: it asks `labelsFor(key)`. English strings were read off the real 2024–2025 pages
 * (../shared/fixtures/real, L1–L6); the others are LinkedIn's translations as best known
 * (2024–2026 UI) and are exercised by the per-language fixtures in tests/fixtures/linkedin.
 */
export const LANGUAGES = ['en', 'sv', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

type LabelTable = Record<Language, readonly string[]>;

export const LABELS = {
  /** Profile section heading; its twin `div#experience` anchor is preferred when present. */
  experience: {
    en: ['Experience'],
    sv: ['Erfarenhet'],
    de: ['Berufserfahrung', 'Erfahrung'],
    fr: ['Expérience'],
    es: ['Experiencia'],
  },
  /** Prefix of the top-card button's aria-label "Current company: X. Click to skip …". */
  currentCompany: {
    en: ['Current company'],
    sv: ['Nuvarande företag'],
    de: ['Aktuelles Unternehmen'],
    fr: ['Entreprise actuelle'],
    es: ['Empresa actual'],
  },
  /** Suffix of that aria-label, cut off to leave the company name. */
  skipToExperience: {
    en: ['Click to skip to experience card'],
    sv: ['Klicka för att hoppa till erfarenhetskortet'],
    de: ['Klicken, um zur Karte „Berufserfahrung“ zu springen'],
    fr: ['Cliquez pour passer à la carte Expérience'],
    es: ['Haz clic para ir a la tarjeta de experiencia'],
  },
  /** Text of the top-card link to `/overlay/contact-info/`. */
  contactInfo: {
    en: ['Contact info'],
    sv: ['Kontaktinformation'],
    de: ['Kontaktinfo'],
    fr: ['Coordonnées'],
    es: ['Información de contacto'],
  },
  /** Open end of a date range: "Jul 2021 - Present". */
  present: {
    en: ['Present'],
    sv: ['nu', 'pågående'],
    de: ['heute'],
    fr: ['aujourd’hui', "aujourd'hui"],
    es: ['actualidad', 'la actualidad'],
  },
  /** Employment types shown as "Company · Full-time" or "Full-time · 5 yrs". */
  employmentType: {
    en: ['Full-time', 'Part-time', 'Self-employed', 'Freelance', 'Contract', 'Internship', 'Apprenticeship', 'Seasonal'],
    sv: ['Heltid', 'Deltid', 'Egenföretagare', 'Frilans', 'Kontrakt', 'Praktik', 'Lärlingsutbildning', 'Säsongsarbete'],
    de: ['Vollzeit', 'Teilzeit', 'Selbstständig', 'Freiberuflich', 'Befristet', 'Praktikum', 'Ausbildung', 'Saisonal'],
    fr: ['Temps plein', 'Temps partiel', 'Indépendant', 'Freelance', 'CDD', 'Stage', 'Apprentissage', 'Saisonnier'],
    es: ['Jornada completa', 'Jornada parcial', 'Autónomo', 'Freelance', 'Contrato temporal', 'Prácticas', 'Aprendiz', 'De temporada'],
  },
  /** Company /about/ `dt` labels. */
  industry: {
    en: ['Industry'],
    sv: ['Bransch'],
    de: ['Branche'],
    fr: ['Secteur'],
    es: ['Sector'],
  },
  companySize: {
    en: ['Company size'],
    sv: ['Företagsstorlek'],
    de: ['Unternehmensgröße'],
    fr: ['Taille de l’entreprise', "Taille de l'entreprise"],
    es: ['Tamaño de la empresa'],
  },
  headquarters: {
    en: ['Headquarters'],
    sv: ['Huvudkontor'],
    de: ['Hauptsitz'],
    fr: ['Siège social'],
    es: ['Sede'],
  },
  website: {
    en: ['Website'],
    sv: ['Webbplats'],
    de: ['Website'],
    fr: ['Site web'],
    es: ['Sitio web'],
  },
  /** Pronoun words LinkedIn shows beside a name ("She/Her", "hon/henne"), lower-case. */
  pronoun: {
    en: ['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'theirs'],
    sv: ['han', 'honom', 'hans', 'hon', 'henne', 'hennes', 'hen', 'hens'],
    de: ['er', 'ihn', 'ihm', 'sie', 'ihr', 'ihnen', 'sein'],
    fr: ['il', 'lui', 'elle', 'iel', 'eux', 'elles'],
    es: ['él', 'ella', 'elle', 'ellos', 'ellas'],
  },
  /** Word joining title and company in a headline: "Sales Lead at Acme". */
  headlineAt: {
    en: ['at', '@'],
    sv: ['på', '@'],
    de: ['bei', '@'],
    fr: ['chez', '@'],
    es: ['en', '@'],
  },
} as const satisfies Record<string, LabelTable>;

export type LabelKey = keyof typeof LABELS;

/** Every language's strings for one label, Swedish first (our first market), then the rest. */
export function labelsFor(key: LabelKey): readonly string[] {
  const table: LabelTable = LABELS[key];
  const order: readonly Language[] = ['sv', 'en', 'de', 'fr', 'es'];
  return [...new Set(order.flatMap((lang) => table[lang]))];
}

/** Case-insensitive equality with any language's label (whitespace-normalised input). */
export function isLabel(key: LabelKey, text: string): boolean {
  const wanted = text.trim().toLocaleLowerCase();
  return labelsFor(key).some((label) => label.toLocaleLowerCase() === wanted);
}
