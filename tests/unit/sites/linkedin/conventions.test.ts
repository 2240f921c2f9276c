/**
 * Meta-tests: the adapter keeps the shape STYLE.md asks for — every selector named, dated and
 * valid; every label in every supported language; small files; no page-global access.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LABELS, LANGUAGES, labelsFor } from '../../../../lib/sites/linkedin/labels';
import { LINKEDIN_SELECTORS } from '../../../../lib/sites/linkedin/selectors';
import { parseHtml } from './fixture-document';

const ADAPTER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../lib/sites/linkedin');
const sources = readdirSync(ADAPTER)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [file, readFileSync(path.join(ADAPTER, file), 'utf8')] as const);

describe('selectors.ts', () => {
  const entries = Object.entries(LINKEDIN_SELECTORS).flatMap(([name, chain]) => chain.map((selector) => [name, selector] as const));

  it.each(entries)('%s: %s is valid CSS', (_name, selector) => {
    expect(() => parseHtml('<main></main>').querySelectorAll(selector)).not.toThrow();
  });

  it('every entry has its own comment saying when it was last seen', () => {
    const lines = readFileSync(path.join(ADAPTER, 'selectors.ts'), 'utf8').split('\n');
    const undated = lines
      .map((line, index) => ({ line, above: lines[index - 1] ?? '' }))
      .filter(({ line }) => /^\s+'.*',$/.test(line))
      .filter(({ above }) => !/^\s+\/\/ .*20\d\d/.test(above))
      .map(({ line }) => line.trim());
    expect(undated).toEqual([]);
    expect(lines.filter((line) => /^\s+'.*',$/.test(line))).toHaveLength(entries.length);
  });

  it('no other adapter file holds a selector literal', () => {
    const offenders = sources
      .filter(([file]) => file !== 'selectors.ts')
      .filter(([, text]) => /(querySelector(All)?|closest|matches)\(\s*['"`]/.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});

describe('labels.ts', () => {
  it.each(Object.keys(LABELS))('%s has strings in every supported language', (key) => {
    const table: Record<string, readonly string[]> = LABELS[key as keyof typeof LABELS];
    for (const lang of LANGUAGES) expect(table[lang]?.length ?? 0).toBeGreaterThan(0);
  });

  it.each([
    ['experience', 'Erfarenhet'],
    ['currentCompany', 'Nuvarande företag'],
    ['contactInfo', 'Kontaktinformation'],
    ['employmentType', 'Heltid'],
    ['present', 'nu'],
    ['industry', 'Bransch'],
    ['companySize', 'Företagsstorlek'],
    ['headquarters', 'Huvudkontor'],
    ['website', 'Webbplats'],
  ] as const)('%s puts Swedish first: %s', (key, swedish) => {
    expect(labelsFor(key)[0]).toBe(swedish);
  });
});

describe('adapter files', () => {
  it.each(sources)('%s stays well under 200 lines', (_file, text) => {
    expect(text.split('\n').length).toBeLessThan(200);
  });

  it.each(sources)('%s touches no page globals, no innerHTML, no `any`', (_file, text) => {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(window|document|location|navigator|globalThis)\.|innerHTML|outerHTML|insertAdjacentHTML/);
    expect(code).not.toMatch(/:\s*any\b|\bas any\b|<any>/);
  });

  it('names every file after what it exports: no utils or helpers', () => {
    expect(sources.map(([file]) => file).filter((file) => /util|helper/i.test(file))).toEqual([]);
  });
});
