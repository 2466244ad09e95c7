import { h, table } from '../dom';
import { t, tx } from '../i18n';
import { beijing } from '../time';
import type { AuditEntry } from '../types';

export function historyTable(entries: AuditEntry[]): HTMLElement {
  if (entries.length === 0) {
    return h('p', { class: 'empty' }, t('history.empty'));
  }
  return table(t('history.caption'), [t('history.seq'), t('history.at'), t('history.actor'), t('history.action'), t('history.from'), t('history.to'), t('history.reason')],
    entries.map(a => [String(a.sequence), h('time', { datetime: a.at }, beijing(a.at)), `${a.actor.displayName} · ${tx('role', a.actor.role)}`,
      tx('action', a.action), tx('stage', a.from), tx('stage', a.to), a.reason ?? '']), { class: 'history' });
}
