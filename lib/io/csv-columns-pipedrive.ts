/*
 * Headers follow Pipedrive Knowledge Base, "Importing data into Pipedrive with spreadsheets" and
 * "Import fields" (support.pipedrive.com/en/article/import-fields): fields are grouped by item
 * (Person, Organization, Deal, Note) and named "<Item> - <Field>" as in Pipedrive's sample
 * spreadsheets, so one row creates the person, their organization, a deal and a note.
 * "Importing: mandatory fields": a deal needs a person or organization name; the title is
 * optional, Pipedrive's own default title being "<organization> deal".
 * Deal - Value is a plain number: Pipedrive rejects currency symbols in number fields.
 */
import { guardCell } from './formula-guard';
import { pipedriveDealStatus, standingOf } from './crm-stage-vocabulary';
import type { ColumnSet } from './column-set';

export const PIPEDRIVE_COLUMNS: ColumnSet = {
  id: 'pipedrive',
  label: 'Pipedrive (people and deals)',
  guard: guardCell,
  columns: [
    { header: 'Person - Name', target: 'name', value: (lead) => lead.name },
    { header: 'Person - Email', target: 'email', value: (lead) => lead.email },
    { header: 'Person - Phone', target: 'phone', value: (lead) => lead.phone },
    { header: 'Person - Job title', target: 'title', value: (lead) => lead.title },
    { header: 'Organization - Name', target: 'company', value: (lead) => lead.company },
    { header: 'Organization - Address', target: 'address', value: (lead) => lead.address },
    { header: 'Deal - Title', target: 'ignore', value: (lead) => `${lead.company ?? lead.name} deal` },
    { header: 'Deal - Value', target: 'dealValue', value: (lead) => lead.dealValue },
    { header: 'Deal - Currency', target: 'currency', value: (lead) => lead.currency },
    {
      header: 'Deal - Stage',
      target: 'stage',
      value: (lead, ctx) => ctx.stages.find((stage) => stage.id === lead.stageId)?.name ?? lead.stageId,
    },
    { header: 'Deal - Status', target: 'status', value: (lead, ctx) => pipedriveDealStatus(standingOf(lead, ctx.stages)) },
    { header: 'Deal - Lost reason', target: 'lostReason', value: (lead) => lead.lostReason },
    { header: 'Note - Content', target: 'notes', value: (lead) => lead.notes || undefined },
  ],
};
