/**
 * The pre-meeting check in the speaker view: one small collapsed line
 * ("会前检查：N 项待确认") that opens to the same list as `npm run check`.
 * Nothing at all once everything is settled. Never on the projected deck.
 */
import './check-list.css';
import { fixHint, unsettled, type DeckChecks, type ReadinessSettings } from '../../model/readiness.ts';

/** `settingsFile`: the deck's settings module, named in each hint. */
export function checkListPanel(settings: ReadinessSettings, checks: DeckChecks, settingsFile: string): HTMLElement | null {
  const open = unsettled(settings, checks);
  if (!open.length) return null;
  const panel = document.createElement('details');
  panel.className = 'sp-check';
  panel.dataset.readiness = String(open.length);
  const summary = document.createElement('summary');
  summary.textContent = `会前检查：${open.length} 项待确认`;
  const list = document.createElement('ul');
  for (const item of open) {
    const li = document.createElement('li');
    li.dataset.check = item.id;
    const what = document.createElement('span');
    what.textContent = item.todo[0];
    const where = document.createElement('small');
    where.textContent = fixHint(item, null, settingsFile, 'zh').join('；');
    li.append(what, where);
    list.append(li);
  }
  panel.append(summary, list);
  return panel;
}
