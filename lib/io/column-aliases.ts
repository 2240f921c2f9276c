import type { ImportTarget } from './import-targets';

/*
 * Header words people and tools use for each target, in English and Swedish. Compared after
 * normaliseLabel, so case, accents, spaces and dashes do not matter ("E-post" = "epost").
 * The CRM sets' own headers are added from their column lists (column-mapping.ts).
 */
export const COLUMN_ALIASES: Record<Exclude<ImportTarget, 'ignore'>, readonly string[]> = {
  name: ['name', 'full name', 'contact name', 'contact', 'person', 'namn', 'fullständigt namn', 'kontaktperson', 'kontakt'],
  firstName: ['first name', 'firstname', 'given name', 'förnamn', 'tilltalsnamn'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'efternamn'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail', 'e-post', 'epostadress', 'e-postadress', 'mejl', 'mejladress'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'mobile phone number', 'cell', 'telefon', 'telefonnummer', 'mobil', 'mobilnummer'],
  title: ['title', 'job title', 'position', 'role', 'titel', 'befattning', 'roll', 'yrkestitel', 'tjänst'],
  company: ['company', 'company name', 'organization', 'organisation', 'organization name', 'account', 'account name', 'företag', 'företagsnamn', 'bolag', 'organisationsnamn'],
  companyDomain: ['domain', 'company domain', 'company domain name', 'domän'],
  industry: ['industry', 'bransch'],
  companySize: ['company size', 'employees', 'number of employees', 'no. of employees', 'storlek', 'antal anställda'],
  companyLinkedinUrl: ['company linkedin', 'company linkedin url', 'linkedin company page', 'företagets linkedin'],
  location: ['location', 'city', 'town', 'ort', 'stad', 'plats', 'ort/stad'],
  website: ['website', 'website url', 'web', 'url', 'homepage', 'web site', 'webbplats', 'hemsida', 'webbsida', 'webbadress'],
  linkedinUrl: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin profile url', 'profile url', 'linkedin-profil', 'linkedinprofil'],
  headline: ['headline', 'rubrik'],
  address: ['address', 'street', 'street address', 'adress', 'gatuadress', 'postadress', 'besöksadress'],
  dealValue: ['value', 'deal value', 'amount', 'deal amount', 'värde', 'belopp', 'affärsvärde', 'ordervärde'],
  currency: ['currency', 'valuta'],
  stage: ['stage', 'deal stage', 'pipeline stage', 'lifecycle stage', 'lead status', 'steg', 'fas', 'säljsteg', 'affärssteg'],
  status: ['status', 'deal status', 'läge'],
  lostReason: ['lost reason', 'reason lost', 'förlustorsak', 'anledning'],
  nextStep: ['next step', 'nästa steg'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'anteckningar', 'anteckning', 'kommentar', 'kommentarer', 'beskrivning', 'noteringar'],
  tags: ['tags', 'tag', 'labels', 'taggar', 'etiketter'],
};
