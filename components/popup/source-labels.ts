import type { LeadSource } from '../../lib/model';
import type { MessageKey } from '../i18n';

/** How each lead source is named in the UI. */
export const SOURCE_LABEL: Record<LeadSource, MessageKey> = {
  linkedin: 'sourceLinkedin',
  gmail: 'sourceGmail',
  manual: 'sourceManual',
  import: 'sourceImport',
};
