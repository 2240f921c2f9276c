import { labelsFor } from './labels';
import { escapeRegExp } from './text';

export interface HeadlineRole {
  title: string;
  company: string;
}

/**
 * "Head of Sales at Acme" (or "på", "bei", "chez", "en", "@") → { title, company }, only when
 * the headline has exactly that shape: one connector, no "|" or "·" lists. Anything else
 * ("Founder at A, advisor at B", "CTO | Speaker") gives undefined: no role beats a wrong one.
 * Known limit: "Licenciada en Derecho" has the shape and splits; LinkedIn gives no way to tell.
 */
export function splitHeadline(headline: string | undefined): HeadlineRole | undefined {
  if (!headline || headline.length > 300 || /[|·•]/.test(headline)) return undefined;
  const words = labelsFor('headlineAt')
    .filter((word) => word !== '@')
    .map(escapeRegExp)
    .join('|');
  const connector = new RegExp(`\\s+(?:${words})\\s+|\\s+@\\s*`, 'giu');
  const matches = [...headline.matchAll(connector)];
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || only.index === undefined) return undefined;
  const title = headline.slice(0, only.index).trim();
  const company = headline.slice(only.index + only[0].length).trim();
  if (!title || !company || title.length > 150 || company.length > 100) return undefined;
  // A company name carries a capital somewhere ("iZettle", "Acme"); "en derecho" does not.
  if (!/\p{Lu}|\d/u.test(company)) return undefined;
  return { title, company };
}
