// The applicant's pages: the institution's projects with their deadlines, and one project with the step its stage asks for.
import { api, newKey, seg } from '../api';
import { currentSession } from '../auth';
import { indicators, terminalStages, category } from '../catalog';
import { field, h, table } from '../dom';
import { t, tx } from '../i18n';
import { poll } from '../lifecycle';
import { formatWan, toFen } from '../money';
import { navigate, resolve, type RouteContext } from '../router';
import { beijing } from '../time';
import type { AuditEntry, EvidenceRecord, ProjectList, ProjectView } from '../types';
import { busy, deadlineCell, pageHead, showProblem, stageBadge, statusBox } from '../ui';
import { evidenceSection } from './evidence';
import { takeFlash } from './flash';
import { historyTable } from './history';
import { overview, section } from './projectParts';

export async function myProjectsView(): Promise<HTMLElement> {
  const s = currentSession()!;
  const list = (await api<ProjectList>('GET', '/api/applicant/projects')).data.items;
  // The list has no deadlines; each project's own view does.
  const views = await Promise.all(list.map(p => api<ProjectView>('GET', `/api/projects/${seg(p.projectId)}`).then(r => r.data).catch(() => null)));
  const rows = list.map((p, i) => [
    h('a', { href: `/applicant/projects/${encodeURIComponent(p.projectId)}`, 'data-link': true, class: 'mono' }, p.projectId),
    p.title, tx('cat', p.category), stageBadge(p.stage), h('span', { class: 'num' }, formatWan(toFen(p.fiscalCny))), views[i] ? deadlineCell(views[i]!.deadline) : '—',
  ]);
  return h('section', null,
    pageHead(t('myProjects.title'), t('myProjects.intro', { institution: s.institution ?? '' })),
    h('p', { class: 'actions' }, h('a', { class: 'button', href: '/applicant/new', 'data-link': true }, t('myProjects.new'))),
    list.length === 0 ? h('p', { class: 'empty' }, t('project.none'))
      : table(t('myProjects.title'), [t('project.id'), t('project.title'), t('project.category'), t('project.stage'), t('project.fiscalWan'), t('project.deadline')], rows, { class: 'projects' }),
    h('p', { class: 'muted' }, t('deadline.note')));
}

export async function applicantProjectView(ctx: RouteContext): Promise<HTMLElement> {
  const id = ctx.params.id;
  const r = await api<ProjectView>('GET', `/api/projects/${seg(id)}`);
  const p = r.data;
  const etag = r.etag;
  const audit = (await api<AuditEntry[]>('GET', `/api/projects/${seg(id)}/audit`)).data;
  const status = statusBox();
  const message = takeFlash();
  if (message) {
    status.show('ok', message);
  }
  const terminal = terminalStages.includes(p.stage);
  let evidence: EvidenceRecord[] = [];
  const acceptanceSlot = h('div');
  const ev = await evidenceSection(id, {
    canUpload: !terminal, officer: false,
    suggestedKind: p.stage === 'Contract' ? 'SignedContract' : p.stage === 'MidTermInspection' ? 'MidTermReport' : p.stage === 'AcceptanceDue' ? 'AcceptanceReport' : 'Other',
    onChange: records => { evidence = records; if (p.stage === 'AcceptanceDue' || p.stage === 'AcceptanceReview') { acceptanceSlot.replaceChildren(acceptanceForm(p, etag, evidence, status)); } },
  });

  // The workflow moves projects on its own (publicity ends, approval, mid-term notice): follow it.
  poll(async () => {
    const now = await api<ProjectView>('GET', `/api/projects/${seg(id)}`);
    if (now.data.auditSequence !== p.auditSequence) {
      resolve();
      return false;
    }
    return true;
  }, 3000);

  return h('section', { class: 'project', 'data-project': p.id },
    pageHead(p.form.title, h('span', null, stageBadge(p.stage), ' ', deadlineCell(p.deadline))),
    status,
    section(t('detail.todo'), stepPanel(p, etag, status, acceptanceSlot)),
    section(t('detail.overview'), overview(p)),
    section(t('detail.evidence'), ev.element),
    section(t('detail.history'), historyTable(audit)));
}

function stepPanel(p: ProjectView, etag: string | null, status: ReturnType<typeof statusBox>, acceptanceSlot: HTMLElement): HTMLElement {
  const parts: HTMLElement[] = [];
  const path = `/api/applicant/projects/${seg(p.id)}`;
  const step = (button: HTMLButtonElement, route: string, body: () => unknown | undefined, done: string, form?: HTMLElement) => {
    const key = newKey();
    button.addEventListener('click', () => busy(button, async () => {
      const payload = body();
      if (payload === null) {
        return;
      }
      try {
        await api<ProjectView>('POST', `${path}/${route}`, { body: payload, ifMatch: etag, idempotencyKey: key });
        status.show('ok', done);
        setTimeout(resolve, 600);
      } catch (e) {
        showProblem(status, e, form);
        if (e instanceof Error && 'status' in e && (e as { status: number }).status === 412) {
          setTimeout(resolve, 1500);
        }
      }
    }));
  };

  switch (p.stage) {
    case 'Draft':
    case 'ReturnedForCorrection':
      parts.push(h('p', null, p.stage === 'Draft' ? t('step.submitDraft') : t('step.returned')),
        h('p', { class: 'actions' }, h('a', { class: 'button', href: `/applicant/projects/${encodeURIComponent(p.id)}/edit`, 'data-link': true }, t('step.edit'))));
      break;
    case 'Contract': {
      const b = h('button', { type: 'button', 'data-action': 'sign' }, t('step.sign.button'));
      step(b, 'contract-signature', () => undefined, t('step.sign.done'));
      parts.push(h('h3', null, t('step.sign.title')), h('p', null, t('step.sign.intro')), h('p', { class: 'actions' }, b));
      break;
    }
    case 'MidTermInspection': {
      const summary = h('textarea', { rows: 4, name: 'summary' });
      const form = h('div', null, field(t('step.midterm.summary'), summary, { required: true, name: 'summary' }));
      const b = h('button', { type: 'button' }, t('step.midterm.button'));
      step(b, 'mid-term-report', () => summary.value.trim() ? { summary: summary.value.trim() } : (status.show('error', `${t('step.midterm.summary')}: ${t('v.required')}`), null), t('step.midterm.done'), form);
      parts.push(h('h3', null, t('step.midterm.title')), h('p', null, t('step.midterm.intro')), form, h('p', { class: 'actions' }, b));
      break;
    }
    case 'Execution':
      parts.push(extensionForm(p, etag, status));
      break;
    case 'AcceptanceDue':
      parts.push(acceptanceSlot);
      break;
    default:
      parts.push(h('p', { class: 'muted' }, terminalStages.includes(p.stage) ? t('step.closed') : t('detail.noStep')));
  }

  if (['Draft', 'EligibilityCheck', 'ReturnedForCorrection', 'ExpertReview', 'Publicity', 'Approval', 'Contract'].includes(p.stage)) {
    const reason = h('input', { type: 'text', name: 'reason' });
    const b = h('button', { type: 'button', class: 'danger' }, t('step.withdraw.button'));
    const key = newKey();
    b.addEventListener('click', () => {
      if (!confirm(t('step.withdraw.confirm'))) {
        return;
      }
      void busy(b, async () => {
        try {
          await api('POST', `${path}/withdrawal`, { body: { reason: reason.value.trim() || null }, ifMatch: etag, idempotencyKey: key });
          status.show('ok', t('step.withdraw.done'));
          setTimeout(() => navigate('/applicant'), 800);
        } catch (e) {
          showProblem(status, e);
        }
      });
    });
    parts.push(h('details', { class: 'withdraw' }, h('summary', null, t('step.withdraw.title')), field(t('step.withdraw.reason'), reason), h('p', { class: 'actions' }, b)));
  }
  return h('div', { class: 'steps' }, parts);
}

function extensionForm(p: ProjectView, etag: string | null, status: ReturnType<typeof statusBox>): HTMLElement {
  if (p.pendingExtension) {
    const x = p.pendingExtension;
    return h('p', { class: 'status status-info' }, t('step.extension.pending', { months: x.months, at: beijing(x.requestedAt), reason: x.reason }));
  }
  const months = h('input', { type: 'number', min: '1', max: '12', step: '1', name: 'months', inputmode: 'numeric' });
  const reason = h('textarea', { rows: 3, name: 'reason' });
  const b = h('button', { type: 'submit' }, t('step.extension.button'));
  const key = newKey();
  const form: HTMLFormElement = h('form', {
    onsubmit: (e: Event) => {
      e.preventDefault();
      const n = Number(months.value);
      if (!Number.isInteger(n) || n < 1 || n > 12) {
        status.show('error', t('v.months'));
        months.focus();
        return;
      }
      if (!reason.value.trim()) {
        status.show('error', `${t('step.extension.reason')}: ${t('v.required')}`);
        reason.focus();
        return;
      }
      void busy(b, async () => {
        try {
          await api('POST', `/api/applicant/projects/${seg(p.id)}/extension-request`, { body: { months: n, reason: reason.value.trim() }, ifMatch: etag, idempotencyKey: key });
          status.show('ok', t('step.extension.done'));
          setTimeout(resolve, 600);
        } catch (err) {
          showProblem(status, err, form);
        }
      });
    },
  },
  h('h3', null, t('step.extension.title')), h('p', { class: 'hint' }, t('step.extension.intro')),
  h('div', { class: 'grid2' }, field(t('step.extension.months'), months, { required: true, name: 'months' }), field(t('step.extension.reason'), reason, { required: true, name: 'reason' })),
  h('p', { class: 'actions' }, b));
  return form;
}

function acceptanceForm(p: ProjectView, etag: string | null, evidence: EvidenceRecord[], status: ReturnType<typeof statusBox>): HTMLElement {
  const accepted = evidence.filter(e => e.status === 'Accepted');
  const program = category(p.form.category).program;
  const units = new Map(indicators[program].map(i => [i.code, i.unit]));
  const rows = p.form.targets.map(tg => {
    const name = tx('ind', tg.indicatorCode);
    const value = h('input', { type: 'text', inputmode: 'decimal', class: 'num', 'aria-label': t('step.acceptance.actualOf', { name }), value: tg.value.number === null ? '' : String(tg.value.number) });
    const files = h('select', { multiple: true, 'aria-label': t('step.acceptance.evidenceOf', { name }), size: String(Math.min(4, Math.max(2, accepted.length))) },
      accepted.map(e => h('option', { value: e.blobName }, `${e.fileName} · ${tx('ek', e.kind)}`)));
    return { tg, value, files, row: [name, `${tg.value.number ?? tg.value.text ?? ''} ${tx('unit', units.get(tg.indicatorCode) ?? '')}`, value, accepted.length ? files : h('span', { class: 'muted' }, t('step.acceptance.noEvidence'))] };
  });
  const b = h('button', { type: 'button' }, t('step.acceptance.button'));
  const key = newKey();
  b.addEventListener('click', () => busy(b, async () => {
    const actuals = [];
    for (const r of rows) {
      const v = r.value.value.trim();
      if (!/^\d{1,15}(\.\d{1,6})?$/.test(v)) {
        status.show('error', `${tx('ind', r.tg.indicatorCode)}: ${t('v.target')}`);
        r.value.focus();
        return;
      }
      actuals.push({ indicatorCode: r.tg.indicatorCode, value: { number: Number(v), comparator: 'Exactly' }, evidenceIds: [...r.files.selectedOptions].map(o => o.value) });
    }
    try {
      await api('POST', `/api/applicant/projects/${seg(p.id)}/acceptance-report`, { body: { actuals }, ifMatch: etag, idempotencyKey: key });
      status.show('ok', t('step.acceptance.done'));
      setTimeout(resolve, 600);
    } catch (e) {
      showProblem(status, e);
    }
  }));
  return h('div', null, h('h3', null, t('step.acceptance.title')), h('p', null, t('step.acceptance.intro')),
    table(t('step.acceptance.caption'), [t('targets.indicator'), t('step.acceptance.target'), t('step.acceptance.actual'), t('step.acceptance.evidence')], rows.map(r => r.row)),
    h('p', { class: 'actions' }, b));
}
