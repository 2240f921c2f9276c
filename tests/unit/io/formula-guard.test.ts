import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guardCell, guardPipewellCell, unguardPipewellCell } from '../../../lib/io';

describe('guardCell (CRM sets)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ['+cmd|\' /C calc\'!A0', '\'+cmd|\' /C calc\'!A0'],
    ['-2+3+cmd|\' /C calc\'!A0', '\'-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    ['+A1', "'+A1"],
    // Inert numbers stay as they are: no function, reference or DDE target can be spelled.
    ['-42', '-42'],
    ['-3.5', '-3.5'],
    ['+46 70 123 45 67', '+46 70 123 45 67'],
    ['+1 (555) 010-0123', '+1 (555) 010-0123'],
    ['Åsa', 'Åsa'],
    ["'quoted", "'quoted"],
    [' =1', ' =1'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(guardCell(input)).toBe(expected);
  });
});

describe('guardPipewellCell', () => {
  it('also marks text that starts with an apostrophe, so the guard can be undone', () => {
    expect(guardPipewellCell("'quoted")).toBe("''quoted");
    expect(guardPipewellCell('=1')).toBe("'=1");
    expect(guardPipewellCell('plain')).toBe('plain');
  });

  it('is undone exactly by unguardPipewellCell, for any text', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''", '', '1');
    fc.assert(
      fc.property(risky, fc.string(), (prefix, rest) => {
        expect(unguardPipewellCell(guardPipewellCell(prefix + rest))).toBe(prefix + rest);
      }),
    );
  });

  it('leaves no guarded cell starting with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = guardPipewellCell(text);
        expect(/^[=@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });
});
