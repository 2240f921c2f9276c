/*
 * Headers follow HubSpot Knowledge Base, "HubSpot's default contact properties" (the property
 * labels) and "Set up your import files" (knowledge.hubspot.com/import-and-export/set-up-your-import-file):
 * the import tool maps a column to the contact property whose label matches its header.
 * Lifecycle Stage and Lead Status hold internal values, which the import accepts as well as labels.
 * HubSpot has no default contact property for a LinkedIn profile; for "LinkedIn URL" the import
 * wizard offers to create one (or the user skips the column).
 */
import { guardCell } from './formula-guard';
import { hubspotLeadStatus, hubspotLifecycle, standingOf } from './crm-stage-vocabulary';
import { splitName } from './person-name';
import type { ColumnSet } from './column-set';

export const HUBSPOT_COLUMNS: ColumnSet = {
  id: 'hubspot',
  label: 'HubSpot (contacts)',
  guard: guardCell,
  columns: [
    { header: 'First Name', target: 'firstName', value: (lead) => splitName(lead.name).first },
    { header: 'Last Name', target: 'lastName', value: (lead) => splitName(lead.name).last },
    { header: 'Email', target: 'email', value: (lead) => lead.email },
    { header: 'Phone Number', target: 'phone', value: (lead) => lead.phone },
    { header: 'Company Name', target: 'company', value: (lead) => lead.company },
    { header: 'Job Title', target: 'title', value: (lead) => lead.title },
    { header: 'Industry', target: 'industry', value: (lead) => lead.industry },
    { header: 'Website URL', target: 'website', value: (lead) => lead.website },
    { header: 'City', target: 'location', value: (lead) => lead.location },
    { header: 'Street Address', target: 'address', value: (lead) => lead.address },
    { header: 'LinkedIn URL', target: 'linkedinUrl', value: (lead) => lead.linkedinUrl },
    { header: 'Lifecycle Stage', target: 'stage', value: (lead, ctx) => hubspotLifecycle(standingOf(lead, ctx.stages)) },
    { header: 'Lead Status', target: 'stage', value: (lead, ctx) => hubspotLeadStatus(standingOf(lead, ctx.stages)) },
  ],
};
