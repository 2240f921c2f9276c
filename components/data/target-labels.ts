import type { ImportTarget } from '../../lib/io';
import type { MessageKey } from '../i18n';

/** The label a mapping select shows for each import target. */
export const TARGET_LABELS: Record<ImportTarget, MessageKey> = {
  name: 'dataTargetName',
  firstName: 'dataTargetFirstName',
  lastName: 'dataTargetLastName',
  email: 'dataTargetEmail',
  phone: 'dataTargetPhone',
  title: 'dataTargetTitle',
  company: 'dataTargetCompany',
  companyDomain: 'dataTargetCompanyDomain',
  industry: 'dataTargetIndustry',
  companySize: 'dataTargetCompanySize',
  companyLinkedinUrl: 'dataTargetCompanyLinkedinUrl',
  location: 'dataTargetLocation',
  website: 'dataTargetWebsite',
  linkedinUrl: 'dataTargetLinkedinUrl',
  headline: 'dataTargetHeadline',
  address: 'dataTargetAddress',
  dealValue: 'dataTargetDealValue',
  currency: 'dataTargetCurrency',
  stage: 'dataTargetStage',
  status: 'dataTargetStatus',
  lostReason: 'dataTargetLostReason',
  nextStep: 'dataTargetNextStep',
  notes: 'dataTargetNotes',
  tags: 'dataTargetTags',
  ignore: 'dataTargetIgnore',
};
