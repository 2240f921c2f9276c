import type { ColumnSet, ColumnSetId } from './column-set';
import { HUBSPOT_COLUMNS } from './csv-columns-hubspot';
import { PIPEDRIVE_COLUMNS } from './csv-columns-pipedrive';
import { SALESFORCE_COLUMNS } from './csv-columns-salesforce';
import { PIPEWELL_COLUMNS } from './csv-columns-pipewell';

/** Every export column set; a new CRM is one file plus one line here. */
export const COLUMN_SETS: Record<ColumnSetId, ColumnSet> = {
  hubspot: HUBSPOT_COLUMNS,
  pipedrive: PIPEDRIVE_COLUMNS,
  salesforce: SALESFORCE_COLUMNS,
  pipewell: PIPEWELL_COLUMNS,
};
