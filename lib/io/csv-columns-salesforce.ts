/*
 * Headers follow Salesforce Help, "Field Mapping for Importing Leads" (Data Import Wizard,
 * help.salesforce.com id=xcloud.field_mapping_for_importing_leads.htm): labelled this way the
 * wizard maps each column to its Lead field by itself. A lead needs Last Name and Company.
 * Lead Status and Rating use the default picklist values (Open - Not Contacted, Working -
 * Contacted, Closed - Converted, Closed - Not Converted; Hot, Warm, Cold). Lead Source is an
 * open picklist by default, so "LinkedIn" and "Email" are added as values; "Other" is a default.
 */
import type { Lead } from '../model';
import { guardCell } from './formula-guard';
import { salesforceLeadStatus, standingOf } from './crm-stage-vocabulary';
import { splitName } from './person-name';
import type { ColumnSet } from './column-set';

/** Salesforce's own placeholder for a required company nobody knows (web-to-lead uses it). */
export const COMPANY_NOT_PROVIDED = '[not provided]';

const LEAD_SOURCE: Record<Lead['source'], string> = {
  linkedin: 'LinkedIn',
  gmail: 'Email',
  manual: 'Other',
  import: 'Other',
};

const RATING: Record<'A' | 'B' | 'C' | 'D', string> = { A: 'Hot', B: 'Warm', C: 'Cold', D: 'Cold' };

export const SALESFORCE_COLUMNS: ColumnSet = {
  id: 'salesforce',
  label: 'Salesforce (leads)',
  guard: guardCell,
  columns: [
    { header: 'First Name', target: 'firstName', value: (lead) => splitName(lead.name).first },
    { header: 'Last Name', target: 'lastName', value: (lead) => splitName(lead.name).last },
    { header: 'Company', target: 'company', value: (lead) => lead.company ?? COMPANY_NOT_PROVIDED },
    { header: 'Title', target: 'title', value: (lead) => lead.title },
    { header: 'Email', target: 'email', value: (lead) => lead.email },
    { header: 'Phone', target: 'phone', value: (lead) => lead.phone },
    { header: 'Website', target: 'website', value: (lead) => lead.website },
    { header: 'Industry', target: 'industry', value: (lead) => lead.industry },
    { header: 'City', target: 'location', value: (lead) => lead.location },
    { header: 'Street', target: 'address', value: (lead) => lead.address },
    { header: 'Lead Source', target: 'ignore', value: (lead) => LEAD_SOURCE[lead.source] },
    { header: 'Lead Status', target: 'stage', value: (lead, ctx) => salesforceLeadStatus(standingOf(lead, ctx.stages)) },
    { header: 'Rating', target: 'ignore', value: (lead) => (lead.score ? RATING[lead.score.grade] : undefined) },
    { header: 'Description', target: 'notes', value: (lead) => lead.notes || undefined },
  ],
};
