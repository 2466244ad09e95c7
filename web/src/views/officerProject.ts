// One project for the officer: the decision its stage asks for, objections, evidence manifest, history and emails.
import { api, ApiError, newKey, seg } from '../api';
import { terminalStages, terminationCauses } from '../catalog';
import { field, h, nextId } from '../dom';
import { t, tx, type Key } from '../i18n';
import { poll } from '../lifecycle';
import { fenToCny, parseYuan } from '../money';
import { resolve, type RouteContext } from '../router';
import { beijing, beijingToday } from '../time';
import type { AuditEntry, Objection, ProjectView } from '../types';
import { busy, deadlineCell, pageHead, showProblem, stageBadge, statusBox } from '../ui';
import { evidenceSection } from './evidence';
import { historyTable } from './history';
import { objectionsTable, overview, section } from './projectParts';

type Status = ReturnType<typeof statusBox>;

export async function officerProjectView(ctx: RouteContext): Promise<HTMLElement> {
  const id = ctx.params.id;
  const r = await api<ProjectView>('GET', `/api/projects/${seg(id)}`);
  const p = r.data;
  const audit = (await api<AuditEntry[]>('GET', `/api/projects/${seg(id)}/audit`)).data;
  const status = statusBox();
  const ev = await evidenceSection(id, { canUpload: false, officer: true });

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
    section(t('dec.title'), decisions(p, r.etag, status)),
    section(t('detail.overview'), overview(p),
      h('p', null, h('a', { href: `/officer/outbox?projectId=${encodeURIComponent(p.id)}`, 'data-link': true }, t('detail.outboxLink')))),
    section(t('detail.objections'), objectionsTable(p.objections ?? [])),
    section(t('detail.evidence'), ev.element),
    section(t('detail.history'), historyTable(audit)),
    h('p', { class: 'muted' }, t('common.autoRefresh')));
}

/** Posts one officer step with the project's ETag and a fresh Idempotency-Key, then reloads the page. */
async function post(p: ProjectView, etag: string | null, route: string, body: unknown, status: Status, done: string, form?: HTMLElement): Promise<void> {
  try {
    await api('POST', `/api/officer/projects/${seg(p.id)}/${route}`, { body, ifMatch: etag, idempotencyKey: newKey() });
    status.show('ok', t('dec.done', { action: done }));
    setTimeout(resolve, 500);
  } catch (e) {
    showProblem(status, e, form);
    if (e instanceof ApiError && (e.status === 412 || e.status === 409)) {
      setTimeout(resolve, 2500);
    }
  }
}

function radios(name: string, legend: string, options: [string, string][], checked: string): HTMLFieldSetElement {
  return h('fieldset', { class: 'radios' }, h('legend', { class: 'sr-only' }, legend),
    options.map(([value, label]) => {
      const id = nextId('r');
      return h('div', { class: 'radio' }, h('input', { type: 'radio', name, value, id, checked: value === checked }), h('label', { for: id }, label));
    }));
}

function chosen(form: HTMLFormElement, name: string): string {
  return (form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value) ?? '';
}

function yesNoForm(p: ProjectView, etag: string | null, status: Status, title: Key, route: string, yes: Key, no: Key, actionYes: string, actionNo: string): HTMLFormElement {
  const reason = h('textarea', { rows: 3, name: 'reason' });
  const button = h('button', { type: 'submit' }, t('common.save'));
  const form: HTMLFormElement = h('form', {
    class: 'decision', 'data-decision': route,
    onsubmit: (e: Event) => {
      e.preventDefault();
      const approved = chosen(form, `${route}-choice`) === 'yes';
      if (!approved && !reason.value.trim()) {
        status.show('error', t('dec.reasonRequired'));
        reason.focus();
        return;
      }
      void busy(button, () => post(p, etag, route, { approved, reason: reason.value.trim() || null }, status, approved ? actionYes : actionNo, form));
    },
  },
  h('h3', null, t(title)),
  radios(`${route}-choice`, t(title), [['yes', t(yes)], ['no', t(no)]], 'yes'),
  field(t('dec.reason'), reason, { hint: t('dec.reasonRequired'), name: 'reason' }),
  h('p', { class: 'actions' }, button));
  return form;
}

function decisions(p: ProjectView, etag: string | null, status: Status): HTMLElement {
  const parts: HTMLElement[] = [];
  switch (p.stage) {
    case 'EligibilityCheck': {
      const reason = h('textarea', { rows: 3, name: 'reason' });
      const button = h('button', { type: 'submit' }, t('common.save'));
      const form: HTMLFormElement = h('form', {
        class: 'decision', 'data-decision': 'eligibility',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const decision = chosen(form, 'eligibility');
          if (decision !== 'Pass' && !reason.value.trim()) {
            status.show('error', t('dec.reasonRequired'));
            reason.focus();
            return;
          }
          const action = tx('action', decision === 'Pass' ? 'PassEligibility' : decision === 'Reject' ? 'RejectEligibility' : 'ReturnForCorrection');
          void busy(button, () => post(p, etag, 'eligibility', { decision, reason: reason.value.trim() || null }, status, action, form));
        },
      },
      h('h3', null, t('dec.eligibility')),
      radios('eligibility', t('dec.eligibility'), [['Pass', t('dec.pass')], ['Return', t('dec.return')], ['Reject', t('dec.reject')]], 'Pass'),
      field(t('dec.reason'), reason, { hint: t('dec.reasonRequired'), name: 'reason' }),
      h('p', { class: 'actions' }, button));
      parts.push(form);
      break;
    }
    case 'ExpertReview': {
      const publishedOn = h('input', { type: 'date', name: 'publishedOn', value: beijingToday() });
      const fiscal = h('input', { type: 'text', inputmode: 'decimal', name: 'fiscalCny', class: 'num' });
      const reason = h('textarea', { rows: 3, name: 'reason' });
      const button = h('button', { type: 'submit' }, t('common.save'));
      const form: HTMLFormElement = h('form', {
        class: 'decision', 'data-decision': 'funding',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const fund = chosen(form, 'funding') === 'fund';
          const amount = parseYuan(fiscal.value);
          if (fund && !publishedOn.value) {
            status.show('error', `${t('dec.publishedOn')}: ${t('v.date')}`);
            publishedOn.focus();
            return;
          }
          if (fund && amount.error) {
            status.show('error', `${t('dec.fiscal')}: ${t('v.amount')}`);
            fiscal.focus();
            return;
          }
          if (!fund && !reason.value.trim()) {
            status.show('error', t('dec.reasonRequired'));
            reason.focus();
            return;
          }
          const body = fund
            ? { fund: true, publishedOn: publishedOn.value, fiscalCny: amount.fen === null ? null : fenToCny(amount.fen), reason: reason.value.trim() || null }
            : { fund: false, reason: reason.value.trim() };
          void busy(button, () => post(p, etag, 'funding-decision', body, status, tx('action', fund ? 'ProposeForFunding' : 'DeclineFunding'), form));
        },
      },
      h('h3', null, t('dec.funding')), h('p', { class: 'hint' }, t('dec.fundingIntro')),
      radios('funding', t('dec.funding'), [['fund', t('dec.fund')], ['decline', t('dec.decline')]], 'fund'),
      h('div', { class: 'grid2' },
        field(t('dec.publishedOn'), publishedOn, { hint: t('dec.publishedOnHint'), name: 'publishedOn' }),
        field(t('dec.fiscal'), fiscal, { hint: t('dec.fiscalHint'), name: 'fiscalCny' })),
      field(t('dec.reason'), reason, { hint: t('dec.reasonRequired'), name: 'reason' }),
      h('p', { class: 'actions' }, button));
      parts.push(form);
      break;
    }
    case 'Publicity':
      parts.push(h('p', { class: 'status status-info' }, t('dec.publicity', { date: p.publicityEndsOn ?? '—' })));
      for (const o of (p.objections ?? []).filter(x => x.status === 'Open')) {
        parts.push(objectionForm(p, etag, o, status));
      }
      break;
    case 'Approval': {
      const button = h('button', { type: 'button', 'data-decision': 'approval' }, t('dec.approveButton'));
      button.addEventListener('click', () => busy(button, () => post(p, etag, 'approval', undefined, status, tx('action', 'Approve'))));
      parts.push(h('div', null, h('h3', null, t('dec.approve')), h('p', null, t('dec.approveIntro')), h('p', { class: 'actions' }, button)));
      break;
    }
    case 'MidTermReview':
      parts.push(yesNoForm(p, etag, status, 'dec.midterm', 'mid-term-decision', 'dec.approveYes', 'dec.approveNo', tx('action', 'PassMidTermInspection'), tx('action', 'ReturnForCorrection')));
      break;
    case 'AcceptanceReview':
      parts.push(yesNoForm(p, etag, status, 'dec.acceptance', 'acceptance-decision', 'dec.approveYes', 'dec.approveNo', tx('action', 'PassAcceptance'), tx('action', 'FailAcceptance')));
      break;
    case 'Execution':
      if (p.pendingExtension) {
        const x = p.pendingExtension;
        parts.push(h('p', null, t('dec.extensionPending', { months: x.months, at: beijing(x.requestedAt), reason: x.reason })),
          yesNoForm(p, etag, status, 'dec.extension', 'extension-decision', 'dec.grant', 'dec.deny', tx('action', 'GrantExtension'), tx('action', 'DenyExtension')));
      }
      break;
    default:
      break;
  }
  if (parts.length === 0) {
    parts.push(h('p', { class: 'muted' }, t('dec.none')));
  }
  if (['Contract', 'Execution', 'MidTermInspection', 'MidTermReview', 'AcceptanceDue', 'AcceptanceReview'].includes(p.stage) && !terminalStages.includes(p.stage)) {
    parts.push(terminationForm(p, etag, status));
  }
  return h('div', { class: 'decisions' }, parts);
}

export function objectionForm(p: ProjectView, etag: string | null, o: Objection, status: Status): HTMLFormElement {
  const resolution = h('textarea', { rows: 3, name: 'resolution' });
  const button = h('button', { type: 'submit' }, t('obj.resolveButton'));
  const name = `objection-${o.id}`;
  const form: HTMLFormElement = h('form', {
    class: 'decision', 'data-objection': o.id,
    onsubmit: (e: Event) => {
      e.preventDefault();
      if (!resolution.value.trim()) {
        status.show('error', `${t('obj.resolution')}: ${t('v.required')}`);
        resolution.focus();
        return;
      }
      const upheld = chosen(form, name) === 'upheld';
      void busy(button, () => post(p, etag, `objections/${seg(o.id)}/resolution`, { upheld, resolution: resolution.value.trim() }, status,
        tx('action', upheld ? 'UpholdObjection' : 'DismissObjection'), form));
    },
  },
  h('h3', null, t('obj.resolve', { id: o.id })),
  h('blockquote', null, o.text, h('footer', null, `${o.filedBy ?? t('obj.anonymous')} · ${o.contact ?? ''} · ${beijing(o.filedAt)}`)),
  radios(name, t('obj.resolve', { id: o.id }), [['dismissed', t('obj.dismissed')], ['upheld', t('obj.upheld')]], 'dismissed'),
  field(t('obj.resolution'), resolution, { required: true, name: 'resolution' }),
  h('p', { class: 'actions' }, button));
  return form;
}

function terminationForm(p: ProjectView, etag: string | null, status: Status): HTMLElement {
  const cause = h('select', { name: 'cause' }, terminationCauses.map(c => h('option', { value: c }, tx('cause', c))));
  const reason = h('textarea', { rows: 3, name: 'reason' });
  const button = h('button', { type: 'submit', class: 'danger' }, t('dec.terminateButton'));
  const form: HTMLFormElement = h('form', {
    onsubmit: (e: Event) => {
      e.preventDefault();
      if (!reason.value.trim()) {
        status.show('error', t('dec.reasonRequired'));
        reason.focus();
        return;
      }
      if (!confirm(t('dec.terminateConfirm'))) {
        return;
      }
      void busy(button, () => post(p, etag, 'termination', { cause: cause.value, reason: reason.value.trim() }, status, tx('action', 'Terminate'), form));
    },
  },
  h('div', { class: 'grid2' }, field(t('dec.cause'), cause, { name: 'cause' }), field(t('dec.reason'), reason, { required: true, name: 'reason' })),
  h('p', { class: 'actions' }, button));
  return h('details', { class: 'withdraw' }, h('summary', null, t('dec.terminate')), form);
}
