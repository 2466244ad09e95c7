// Pieces both the applicant's and the officer's project pages show.
import { category } from '../catalog';
import { h, table, type Child } from '../dom';
import { t, tx } from '../i18n';
import { formatWan, toFen } from '../money';
import { beijing } from '../time';
import type { Objection, ProjectView } from '../types';
import { deadlineCell, dl, stageBadge } from '../ui';

export function overview(p: ProjectView): HTMLElement {
  const f = p.form;
  const fiscal = f.budget.lines.reduce((s, l) => s + toFen(l.fiscalCny), 0);
  const self = f.budget.lines.reduce((s, l) => s + toFen(l.selfRaisedCny), 0);
  const rows: [string, Child][] = [
    [t('project.id'), h('span', { class: 'mono', 'data-project-id': p.id }, p.id)],
    [t('project.stage'), h('span', { 'data-stage': p.stage }, stageBadge(p.stage))],
    [t('project.deadline'), deadlineCell(p.deadline)],
    [t('project.call'), `${p.callId} · ${p.programYear}`],
    [t('project.program'), tx('program', category(f.category).program)],
    [t('project.category'), tx('cat', f.category)],
    [t('project.institution'), `${f.institution.name} (${f.institution.id})`],
    [t('project.pi'), `${f.principalInvestigator.name} · ${f.principalInvestigator.email}`],
    [t('project.stageEntered'), beijing(p.stageEnteredAt)],
    [t('detail.form'), t('detail.budgetSummary', { total: formatWan(fiscal + self), fiscal: formatWan(fiscal), self: formatWan(self) })],
  ];
  if (p.approvedFiscalCny !== null) {
    rows.push([t('project.approvedFiscal'), formatWan(toFen(p.approvedFiscalCny))]);
  }
  if (p.publicityEndsOn) {
    rows.push([t('project.publicityEnds'), p.publicityEndsOn]);
  }
  rows.push([t('project.executionEnds'), p.executionEndsOn]);
  if (p.pendingExtension) {
    rows.push([t('project.pendingExtension'), `${p.pendingExtension.months} · ${p.pendingExtension.reason}`]);
  }
  return dl(rows);
}

export function objectionsTable(objections: Objection[]): HTMLElement {
  if (objections.length === 0) {
    return h('p', { class: 'empty' }, t('obj.none'));
  }
  return table(t('obj.caption'), ['#', t('obj.filedAt'), t('obj.filedBy'), t('obj.contact'), t('obj.text'), t('obj.status'), t('obj.resolution')],
    objections.map(o => [h('span', { class: 'mono' }, o.id), beijing(o.filedAt), o.filedBy ?? t('obj.anonymous'), o.contact ?? '—', o.text,
      h('span', { class: `badge obj-${o.status}` }, tx('obj.status', o.status)), o.resolution ?? '']));
}

export function section(title: string, ...content: Child[]): HTMLElement {
  const id = `sec-${title.replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 7)}`;
  return h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}
