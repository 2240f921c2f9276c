/**
 * The comparable core of a header or picklist value: lower case, accents and punctuation gone.
 * "E-post" = "epost", "Förnamn" = "fornamn", "IN_PROGRESS" = "In Progress", "Person - Name" =
 * "personname": exports from other tools differ in exactly these ways.
 */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
