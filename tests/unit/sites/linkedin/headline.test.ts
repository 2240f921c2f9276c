import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHeadline } from '../../../../lib/sites/linkedin/headline';

describe('splitHeadline', () => {
  it.each([
    ['Head of Partnerships at Nordlys Analytics', 'Head of Partnerships', 'Nordlys Analytics'],
    ['Inköpschef på Norrsken Energi', 'Inköpschef', 'Norrsken Energi'],
    ['Vertriebsleiter bei Alpenwerk GmbH', 'Vertriebsleiter', 'Alpenwerk GmbH'],
    ['Responsable marketing chez Atelier Nord', 'Responsable marketing', 'Atelier Nord'],
    ['Gerente de Compras en Grupo Altamar', 'Gerente de Compras', 'Grupo Altamar'],
    ['Scrum Master @ Kvarnby Bank', 'Scrum Master', 'Kvarnby Bank'],
    ['Engineer @iZettle', 'Engineer', 'iZettle'],
    ['Tech Lead, Frontend & Design Systems at Brygga', 'Tech Lead, Frontend & Design Systems', 'Brygga'],
  ])('%s → %s | %s', (headline, title, company) => {
    expect(splitHeadline(headline)).toEqual({ title, company });
  });

  it.each([
    // Lists are not "X at Y".
    'Scrum Master @ Kvarnby Bank | Agile coach',
    'Fractional CFO · Advisor · Speaker',
    // Two connectors: which one is the employer is a guess.
    'Founder at Brygga, advisor at Havsvik',
    'Ingeniera en Sistemas en Grupo Altamar',
    // No company-like name after the connector.
    'Licenciada en derecho',
    'Researcher in battery chemistry',
    'contact: anna@acme.example',
    'at Acme',
    'Sales at',
    '',
  ])('leaves %j unsplit', (headline) => {
    expect(splitHeadline(headline)).toBeUndefined();
  });

  it('never throws and only returns non-empty parts of the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (headline) => {
        const role = splitHeadline(headline);
        if (!role) return;
        expect(role.title.length).toBeGreaterThan(0);
        expect(role.company.length).toBeGreaterThan(0);
        expect(headline).toContain(role.title);
        expect(headline).toContain(role.company);
      }),
    );
  });
});
