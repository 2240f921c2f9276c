import type { Qualification } from '../../messaging/protocol';
import type { OverlayState, PersonView } from '../overlay-store';
import { translate as t } from '../translate';
import { renderCompanyCard } from './company-card';
import { element } from './element';
import { renderPersonItem } from './person-item';
import { createQualifyForm, type QualifyForm } from './qualify-form';

export interface CardActions {
  /** Settles once the form can be drawn (the user's stages and currency are loaded). */
  beforeQualify: () => Promise<void>;
  capture: (view: PersonView, qualification: Qualification) => void;
  saveCompany: (view: PersonView) => void;
  openLead: (id: string) => void;
  close: () => void;
}

export interface ProspectCard {
  element: HTMLElement;
  update(state: OverlayState, now: number): void;
}

/** The control inside `root` marked `data-focus=key`, if any. */
function findFocusTarget(root: HTMLElement, key: string | undefined): HTMLElement | undefined {
  if (key === undefined) return undefined;
  return [...root.querySelectorAll<HTMLElement>('[data-focus]')].find((node) => node.dataset.focus === key);
}

/**
 * The page card: each person on the page, known (stage, score) or one click from the
 * qualification form. `update` redraws the list from the overlay state; an open form is kept
 * (with what the user typed) until it is saved or closed.
 */
export function createProspectCard(actions: CardActions): ProspectCard {
  const alert = element('p', { class: 'alert', attrs: { role: 'alert', hidden: '' } });
  const body = element('div');
  const card = element('section', { class: 'card', testid: 'pipewell-card', attrs: { 'aria-label': t('pipewellCard') } }, [
    element('header', { class: 'head' }, [
      element('span', { class: 'brand', text: 'Pipewell' }),
      element('button', { class: 'close', text: '×', attrs: { type: 'button', 'aria-label': t('close') }, on: { click: actions.close } }),
    ]),
    alert,
    body,
  ]);
  let qualifying: string | undefined;
  let form: { key: string; form: QualifyForm } | undefined;
  let last: { state: OverlayState; now: number } | undefined;

  const setQualifying = (key: string | undefined) => {
    qualifying = key;
    if (last) update(last.state, last.now);
  };
  const openForm = (key: string) => void actions.beforeQualify().then(() => setQualifying(key));
  // What the form waits for is asked for as the pointer or focus reaches the button.
  const prepareForm = () => void actions.beforeQualify();

  function drawForm(view: PersonView, state: OverlayState): void {
    if (form?.key !== view.key) {
      const qualify = createQualifyForm({
        prospect: view.prospect,
        stages: state.stages,
        defaultCurrency: state.defaultCurrency,
        onSave: (qualification, person) => actions.capture({ ...view, prospect: person }, qualification),
        onCancel: () => setQualifying(undefined),
      });
      form = { key: view.key, form: qualify };
      body.replaceChildren(qualify.element);
      qualify.focus();
    }
    form.form.setSaving(state.savingKey === view.key);
  }

  function drawList(state: OverlayState, now: number): void {
    // Keyboard users keep their place: focus returns to the same control after a redraw, or to
    // the person's own button when their form closes.
    const root = card.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement instanceof HTMLElement && card.contains(root.activeElement) ? root.activeElement : undefined;
    const closing = form?.key;
    form = undefined;
    const items = state.people.map((view) =>
      view.prospect.kind === 'company'
        ? element('li', {}, [renderCompanyCard({ view, saving: state.savingKey === view.key, onSave: actions.saveCompany, onOpenLead: actions.openLead })])
        : renderPersonItem({ view, now, onQualify: openForm, onIntent: prepareForm, onOpenLead: actions.openLead }),
    );
    body.replaceChildren(element('ul', { class: 'list' }, items));
    // A form whose save button was disabled has already dropped focus to the page body.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (active || (closing !== undefined && lost)) findFocusTarget(body, closing ?? active?.dataset.focus)?.focus();
  }

  function update(state: OverlayState, now: number): void {
    last = { state, now };
    alert.hidden = !state.error;
    alert.textContent = state.error ? t('errorPrefix', state.error) : '';
    const current = state.people.find((p) => p.key === qualifying && !p.known);
    if (current) drawForm(current, state);
    else drawList(state, now);
  }

  return { element: card, update };
}
