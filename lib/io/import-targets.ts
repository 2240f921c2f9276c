import { LEAD_FIELD_KEYS, type LeadFields } from '../model';

/** What a CSV column can fill on import; `ignore` drops the column. */
export type ImportTarget =
  | keyof LeadFields
  | 'firstName'
  | 'lastName'
  | 'dealValue'
  | 'currency'
  | 'stage'
  | 'status'
  | 'lostReason'
  | 'nextStep'
  | 'notes'
  | 'tags'
  | 'ignore';

/** Every target, in the order a mapping UI lists them. */
export const IMPORT_TARGETS: readonly ImportTarget[] = [
  ...LEAD_FIELD_KEYS,
  'firstName',
  'lastName',
  'dealValue',
  'currency',
  'stage',
  'status',
  'lostReason',
  'nextStep',
  'notes',
  'tags',
  'ignore',
];
