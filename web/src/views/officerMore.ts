// Officer pages beyond the board: publicity and objections, the outbox, calls, and the pages whose API does not exist yet.
import { api, newKey, seg } from '../api';
import { categories, programs, type BudgetSet, type ProgramCode } from '../catalog';
import { field, h, table } from '../dom';
import { pick, t, tx, type Key } from '../i18n';
import { fenToCny, fenToInput, formatWan, parseYuan, toFen } from '../money';
import { navigate, resolve, type RouteContext } from '../router';
import { beijing } from '../time';
import type { AnnualCall, CallView, ProjectView, SentEmail } from '../types';
import { busy, pageHead, showProblem, statusBox } from '../ui';
import { listProjects } from './officerBoard';
import { objectionForm } from './officerProject';
import { objectionsTable } from './projectParts';

export async function objectionsView(ctx: RouteContext): Promise<HTMLElement> {
  const year = ctx.query.get('year') ?? '';
  const items = await listProjects({ year, program: '', category: '', institution: '', stage: 'Publicity' });
  const status = statusBox();
  const blocks = await Promise.all(items.map(async s => {
    const r = await api<ProjectView>('GET', `/api/projects/${seg(s.projectId)}`);
    const p = r.data;
    return h('article', { class: 'block', 'data-project': p.id },
      h('h2', null, h('a', { href: `/officer/projects/${encodeURIComponent(p.id)}`, 'data-link': true }, p.form.title), ' ', h('span', { class: 'mono muted' }, p.id)),
      h('p', null, `${t('project.publicityEnds')}: ${p.publicityEndsOn ?? '—'} · ${p.form.institution.name}`),
      objectionsTable(p.objections ?? []),
      (p.objections ?? []).filter(o => o.status === 'Open').map(o => objectionForm(p, r.etag, o, status)));
  }));
  return h('section', null,
    pageHead(t('objections.title'), t('objections.intro')),
    status,
    blocks.length ? blocks : h('p', { class: 'empty' }, t('objections.none')));
}

export async function outboxView(ctx: RouteContext): Promise<HTMLElement> {
  const projectId = ctx.query.get('projectId') ?? '';
  const emails = (await api<SentEmail[]>('GET', '/api/officer/outbox', { query: { projectId } })).data
    .slice().sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  const input = h('input', { type: 'text', name: 'projectId', value: projectId, autocomplete: 'off', class: 'mono' });
  const form: HTMLFormElement = h('form', {
    class: 'filters',
    onsubmit: (e: Event) => { e.preventDefault(); navigate(input.value.trim() ? `/officer/outbox?projectId=${encodeURIComponent(input.value.trim())}` : '/officer/outbox'); },
  }, field(t('outbox.project'), input), h('div', { class: 'filter-submit' }, h('button', { type: 'submit' }, t('filter.apply'))));
  return h('section', null,
    pageHead(t('outbox.title'), t('outbox.intro')),
    form,
    emails.length === 0 ? h('p', { class: 'empty' }, t('outbox.none'))
      : table(t('outbox.caption'), [t('outbox.sentAt'), t('outbox.kind'), t('outbox.project'), t('outbox.to'), t('outbox.subject')],
        emails.map(e => [beijing(e.sentAt), tx('email', e.message.kind),
          e.message.projectId ? h('a', { href: `/officer/projects/${encodeURIComponent(e.message.projectId)}`, 'data-link': true, class: 'mono' }, e.message.projectId) : '—',
          e.message.to, h('details', null, h('summary', null, e.message.subject), h('pre', { class: 'email-body' }, e.message.body))]), { class: 'outbox' }));
}

export async function callsView(): Promise<HTMLElement> {
  const calls = (await api<CallView[]>('GET', '/api/calls')).data;
  const status = statusBox();
  const editor = callEditor(status, calls[0]?.call.programYear);
  return h('section', null,
    pageHead(t('calls.title'), t('calls.intro')),
    calls.length === 0 ? h('p', { class: 'empty' }, t('calls.none'))
      : table(t('calls.caption'), [t('calls.id'), t('calls.titleZh'), t('project.program'), t('calls.window'), t('calls.open'), t('calls.envelopes'), t('common.actions')],
        calls.map(c => [h('span', { class: 'mono' }, c.call.id), pick(c.call.title.zh, c.call.title.en), tx('program', c.call.program),
          `${c.call.opensOn} – ${c.call.closesOn}`, c.isOpen ? t('form.callOpen') : t('form.callClosed'),
          c.call.envelopes.map(e => `${tx('cat', e.category)}: ${formatWan(toFen(e.fiscalCny))}`).join('；'),
          h('button', { type: 'button', class: 'link-button', onclick: () => editor.load(c.call) }, t('calls.use'))])),
    editor.element,
    status);
}

function callEditor(status: ReturnType<typeof statusBox>, year?: number): { element: HTMLElement; load(call: AnnualCall): void } {
  const y = year ?? new Date().getFullYear();
  const id = h('input', { type: 'text', name: 'id', value: `${y}-AidXinjiang`, class: 'mono', autocomplete: 'off' });
  const programYear = h('input', { type: 'number', name: 'programYear', value: String(y), min: '2000', max: '2100' });
  const program = h('select', { name: 'program' }, programs.map(p => h('option', { value: p }, tx('program', p))));
  const titleZh = h('input', { type: 'text', name: 'title.zh', value: `${y}年科技援疆计划申报指南` });
  const titleEn = h('input', { type: 'text', name: 'title.en', value: `${y} S&T Aid to Xinjiang call` });
  const opensOn = h('input', { type: 'date', name: 'opensOn', value: `${y}-01-01` });
  const closesOn = h('input', { type: 'date', name: 'closesOn', value: `${y}-12-31` });
  const budgetSet = h('select', { name: 'budgetSet' }, (['Set2018', 'Reform2021'] as BudgetSet[]).map(s => h('option', { value: s }, t(`calls.set.${s}` as Key))));
  const envelopeBox = h('div', { class: 'grid3' });
  const envelopes = new Map<string, HTMLInputElement>();
  const renderEnvelopes = (values: Record<string, number> = {}) => {
    envelopes.clear();
    envelopeBox.replaceChildren(...categories.filter(c => c.program === program.value).map(c => {
      const input = h('input', { type: 'text', inputmode: 'decimal', class: 'num', value: values[c.code] !== undefined ? fenToInput(toFen(values[c.code])) : '' });
      envelopes.set(c.code, input);
      return field(t('calls.envelope', { name: tx('cat', c.code) }), input, { name: `envelope.${c.code}` });
    }));
  };
  program.addEventListener('change', () => renderEnvelopes());
  renderEnvelopes();
  const button = h('button', { type: 'submit' }, t('calls.save'));
  const form: HTMLFormElement = h('form', {
    class: 'panel', 'data-form': 'call',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const list: { category: string; fiscalCny: number }[] = [];
      for (const [code, input] of envelopes) {
        const v = parseYuan(input.value);
        if (v.error) {
          status.show('error', `${tx('cat', code)}: ${t('v.amount')}`);
          input.focus();
          return;
        }
        if (v.fen !== null) {
          list.push({ category: code, fiscalCny: fenToCny(v.fen) });
        }
      }
      const body = {
        id: id.value.trim(), programYear: Number(programYear.value), program: program.value as ProgramCode, title: { zh: titleZh.value.trim(), en: titleEn.value.trim() },
        opensOn: opensOn.value, closesOn: closesOn.value, budgetSet: budgetSet.value, envelopes: list,
      };
      void busy(button, async () => {
        try {
          await api('PUT', `/api/officer/calls/${seg(body.id)}`, { body, idempotencyKey: newKey() });
          status.show('ok', t('calls.saved', { id: body.id }));
          setTimeout(resolve, 800);
        } catch (err) {
          showProblem(status, err, form);
        }
      });
    },
  },
  h('h2', null, t('calls.edit')),
  h('div', { class: 'grid3' }, field(t('calls.id'), id, { required: true, name: 'id' }), field(t('calls.year'), programYear, { required: true, name: 'programYear' }), field(t('project.program'), program, { name: 'program' })),
  h('div', { class: 'grid2' }, field(t('calls.titleZh'), titleZh, { required: true, name: 'title.zh' }), field(t('calls.titleEn'), titleEn, { required: true, name: 'title.en' })),
  h('div', { class: 'grid3' }, field(t('calls.opensOn'), opensOn, { required: true, name: 'opensOn' }), field(t('calls.closesOn'), closesOn, { required: true, name: 'closesOn' }), field(t('calls.budgetSet'), budgetSet, { name: 'budgetSet' })),
  envelopeBox,
  h('p', { class: 'actions' }, button));
  return {
    element: form,
    load(call: AnnualCall) {
      id.value = call.id;
      programYear.value = String(call.programYear);
      program.value = call.program;
      titleZh.value = call.title.zh;
      titleEn.value = call.title.en;
      opensOn.value = call.opensOn;
      closesOn.value = call.closesOn;
      budgetSet.value = call.budgetSet;
      renderEnvelopes(Object.fromEntries(call.envelopes.map(e => [e.category, e.fiscalCny])));
      id.focus();
    },
  };
}
