import type { Router } from '../messaging/handle';
import { captureLead } from './capture';
import type { BackgroundContext } from './context';
import { captureCompany, logEmails, logProfileView } from './engagement';
import { archiveLead, deleteLead, getLead, listLeads, moveLead, snoozeLead, touchLead, updateLead } from './leads';
import { lookupLeads } from './lookup';
import { openLead } from './open-lead';
import { boardColumns, getSettings, updateSettings } from './settings';

/** Every message name and the function that answers it. */
export function registerHandlers(router: Router, ctx: BackgroundContext): void {
  router.handle('lead.capture', (data) => captureLead(ctx, data));
  router.handle('lead.get', (data) => getLead(ctx, data));
  router.handle('lead.list', (data) => listLeads(ctx, data));
  router.handle('lead.update', (data) => updateLead(ctx, data));
  router.handle('lead.move', (data) => moveLead(ctx, data));
  router.handle('lead.archive', (data) => archiveLead(ctx, data));
  router.handle('lead.touch', (data) => touchLead(ctx, data));
  router.handle('lead.snooze', (data) => snoozeLead(ctx, data));
  router.handle('lead.delete', (data) => deleteLead(ctx, data));
  router.handle('lead.lookup', (data) => lookupLeads(ctx, data));
  router.handle('activity.profileViewed', (data) => logProfileView(ctx, data));
  router.handle('activity.emails', (data) => logEmails(ctx, data));
  router.handle('company.capture', (data) => captureCompany(ctx, data));
  router.handle('settings.get', () => getSettings(ctx));
  router.handle('settings.update', (data) => updateSettings(ctx, data));
  router.handle('pipeline.board', () => boardColumns(ctx));
  router.handle('ui.openLead', (data) => openLead(data));
}
