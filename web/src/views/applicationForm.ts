// 申报书: a new draft (/applicant/new) or an edit of a draft or returned application (/applicant/projects/:id/edit).
// Checks run as you type with the Domain's rules (validation.ts); the server checks again and its field errors land
// under the same inputs.
import { api, newKey, seg } from '../api';
import { currentSession } from '../auth';
import { categories, category, expenseSets, indicators, scoFields, type CategoryCode } from '../catalog';
import { field, h, nextId, setFieldError } from '../dom';
import { pick, t, tx, type Key } from '../i18n';
import { fenToInput, formatWan, formatYuan, toFen } from '../money';
import { navigate, type RouteContext } from '../router';
import type { AnnualCall, CallView, ProjectView } from '../types';
import { busy, errorText, pageHead, showProblem, statusBox } from '../ui';
import { check, toRequest, type FormModel } from '../validation';
import { flash } from './flash';

// Work in progress survives a language switch or a visit to another page until it is saved or submitted.
const models = new Map<string, FormModel>();

function blankModel(call: AnnualCall): FormModel {
  const s = currentSession()!;
  const y = call.programYear;
  return {
    callId: call.id, title: '', summary: '', category: categories.find(c => c.program === call.program)!.code,
    piId: s.id, piName: s.name, piEmail: '', instId: s.institution ?? '', instName: '',
    startsOn: `${y}-07-01`, endsOn: `${y + 2}-06-30`, partner: '', scoCountry: '', scoInstitution: '', scoField: 'Agriculture', travel: [],
    lines: {}, disbursements: {}, targets: {},
  };
}

function modelOf(p: ProjectView, etag: string | null): FormModel {
  const f = p.form;
  const lines: FormModel['lines'] = {};
  for (const l of f.budget.lines) {
    lines[l.category] = { fiscal: l.fiscalCny ? fenToInput(toFen(l.fiscalCny)) : '', self: l.selfRaisedCny ? fenToInput(toFen(l.selfRaisedCny)) : '' };
  }
  const disbursements: Record<string, string> = {};
  for (const d of f.budget.disbursements) {
    disbursements[String(d.programYear)] = fenToInput(toFen(d.fiscalCny));
  }
  const targets: FormModel['targets'] = {};
  for (const tg of f.targets) {
    targets[tg.indicatorCode] = { value: tg.value.number === null ? '' : String(tg.value.number), comparator: tg.value.comparator };
  }
  return {
    callId: p.callId, id: p.id, etag, title: f.title, summary: f.summary, category: f.category,
    piId: f.principalInvestigator.id, piName: f.principalInvestigator.name, piEmail: f.principalInvestigator.email,
    instId: f.institution.id, instName: f.institution.name, startsOn: f.executionStartsOn, endsOn: f.executionEndsOn,
    partner: f.outOfRegionPartner ?? '', scoCountry: f.sco?.partnerCountry ?? '', scoInstitution: f.sco?.partnerInstitution ?? '',
    scoField: f.sco?.priorityField ?? 'Agriculture',
    travel: (f.sco?.travelPlans ?? []).map(p => ({ country: p.country, purpose: p.purpose, plannedOn: p.plannedOn, travellers: String(p.travellers) })),
    lines, disbursements, targets,
  };
}

export async function applicationFormView(ctx: RouteContext): Promise<HTMLElement> {
  const editId = ctx.params.id as string | undefined;
  const status = statusBox();
  let project: ProjectView | null = null;
  let calls: CallView[];
  let model = models.get(ctx.path) ?? null;

  if (editId) {
    const r = await api<ProjectView>('GET', `/api/projects/${seg(editId)}`);
    project = r.data;
    if (!model || model.etag !== r.etag) {
      model = modelOf(r.data, r.etag);
    }
    calls = (await api<CallView[]>('GET', '/api/calls', { query: { year: project.programYear } })).data;
  } else {
    calls = (await api<CallView[]>('GET', '/api/calls')).data;
  }

  const head = pageHead(editId ? t('form.editTitle', { id: editId }) : t('form.newTitle'), t('form.liveCheck'));
  if (!editId && calls.length === 0) {
    return h('section', null, head, h('p', { class: 'status status-info' }, t('form.callNone')));
  }
  const wanted = ctx.query.get('call');
  const initialCall = calls.find(c => c.call.id === (model?.callId ?? wanted)) ?? calls.find(c => c.isOpen) ?? calls[0];
  if (!initialCall) {
    return h('section', null, head, h('p', { class: 'status status-error', role: 'alert' }, errorText(new Error(`call ${project?.callId}`))));
  }
  if (!model) {
    model = blankModel(initialCall.call);
  }
  models.set(ctx.path, model);
  const m = model;

  const body = h('div');
  const callSelect = h('select', { name: 'callId', disabled: Boolean(editId) },
    calls.map(c => h('option', { value: c.call.id, selected: c.call.id === initialCall.call.id },
      `${pick(c.call.title.zh, c.call.title.en)} (${c.call.id}) · ${t('form.callWindow', { opens: c.call.opensOn, closes: c.call.closesOn })} · ${c.isOpen ? t('form.callOpen') : t('form.callClosed')}`)));
  const currentCall = () => calls.find(c => c.call.id === m.callId)?.call ?? initialCall.call;
  callSelect.addEventListener('change', () => {
    const next = calls.find(c => c.call.id === callSelect.value)!.call;
    const fresh = blankModel(next);
    Object.assign(m, { ...fresh, title: m.title, summary: m.summary, piEmail: m.piEmail, instName: m.instName });
    renderBody();
  });

  let attempted = false;
  const touched = new Set<string>();
  const form: HTMLFormElement = h('form', { class: 'application', novalidate: true, onsubmit: (e: Event) => e.preventDefault() },
    field(t('form.call'), callSelect, { hint: t('form.callHint') }),
    body);

  function renderBody(): void {
    body.replaceChildren(...buildSections(m, currentCall(), onChange, onRerender));
    refresh();
  }
  function onRerender(): void {
    renderBody();
  }
  function onChange(name: string): void {
    touched.add(name);
    refresh();
  }
  function refresh(): ReturnType<typeof check> {
    const call = currentCall();
    const result = check(m, call);
    for (const control of form.querySelectorAll<HTMLElement>('[data-field]')) {
      const name = control.dataset.field!;
      const show = attempted || touched.has(name) || name.startsWith('budget.fiscalTotal') || name === 'budget.disbursements';
      if (control.classList.contains('message-slot')) {
        control.textContent = show ? result.errors.get(name) ?? '' : '';
        continue;
      }
      setFieldError(control, show ? result.errors.get(name) ?? null : null);
    }
    // Totals: per line, fiscal, self-raised, all; in 元 and 万元.
    const tt = result.totals;
    for (const cat of expenseSets[call.budgetSet]) {
      const cell = form.querySelector(`[data-total="${cat}"]`);
      if (cell) { cell.textContent = formatYuan(tt.lineFen[cat] ?? 0); }
    }
    const set = (sel: string, text: string) => { const el = form.querySelector(sel); if (el) { el.textContent = text; } };
    set('[data-total="fiscal"]', formatYuan(tt.fiscalFen));
    set('[data-total="self"]', formatYuan(tt.selfFen));
    set('[data-total="all"]', formatYuan(tt.fiscalFen + tt.selfFen));
    set('[data-total="fiscalWan"]', formatWan(tt.fiscalFen));
    set('[data-total="selfWan"]', formatWan(tt.selfFen));
    set('[data-total="allWan"]', formatWan(tt.fiscalFen + tt.selfFen));
    set('[data-total="planned"]', t('budget.planned', { total: formatWan(tt.fiscalFen + tt.selfFen), fiscal: formatWan(tt.fiscalFen), self: formatWan(tt.selfFen) }));
    const notes = form.querySelector('[data-budget-notes]');
    if (notes) { notes.replaceChildren(...result.budgetNotes.map(n => h('li', null, n))); }
    return result;
  }

  function focusFirstError(result: ReturnType<typeof check>): void {
    const items = [...result.errors.entries()].map(([name, message]) => {
      const control = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      return h('li', null, control && !control.classList.contains('message-slot')
        ? h('a', { href: `#${control.id}`, onclick: (e: Event) => { e.preventDefault(); control.focus(); } }, `${labelOf(control)}: ${message}`) : message);
    });
    status.show('error', h('p', null, t('error.fields')), h('ul', null, items));
    status.focus();
  }

  async function save(): Promise<boolean> {
    const call = currentCall();
    const result = refresh();
    if (!result.amountsReadable) {
      attempted = true;
      refresh();
      status.show('error', t('form.invalidBeforeSave'));
      focusFirstError(result);
      return false;
    }
    const { form: body, fromApiField } = toRequest(m, call);
    try {
      if (!m.id) {
        const r = await api<ProjectView>('POST', '/api/applicant/projects', { body: { callId: m.callId, form: body }, idempotencyKey: newKey() });
        m.id = r.data.id;
        m.etag = r.etag;
        models.delete(ctx.path);
        models.set(`/applicant/projects/${r.data.id}/edit`, m);
        history.replaceState(null, '', `/applicant/projects/${encodeURIComponent(r.data.id)}/edit`);
      } else {
        const r = await api<ProjectView>('PUT', `/api/applicant/projects/${seg(m.id)}`, { body, ifMatch: m.etag });
        m.etag = r.etag;
      }
      return true;
    } catch (e) {
      showProblem(status, e, form, fromApiField);
      return false;
    }
  }

  const saveButton = h('button', { type: 'button', class: 'secondary', 'data-action': 'save' }, t('form.saveDraft'));
  saveButton.addEventListener('click', () => busy(saveButton, async () => {
    if (await save()) {
      status.show('ok', t('form.saved', { id: m.id! }));
    }
  }));
  const returned = project?.stage === 'ReturnedForCorrection';
  const submitButton = h('button', { type: 'button', 'data-action': 'submit' }, returned ? t('form.resubmit') : t('form.submit'));
  submitButton.addEventListener('click', () => busy(submitButton, async () => {
    attempted = true;
    const result = refresh();
    if (result.errors.size > 0) {
      focusFirstError(result);
      return;
    }
    if (!(await save())) {
      return;
    }
    try {
      await api<ProjectView>('POST', `/api/applicant/projects/${seg(m.id!)}/${returned ? 'resubmit' : 'submit'}`, { ifMatch: m.etag, idempotencyKey: newKey() });
      models.delete(`/applicant/projects/${m.id}/edit`);
      models.delete('/applicant/new');
      flash(t('form.submitted'));
      navigate(`/applicant/projects/${encodeURIComponent(m.id!)}`);
    } catch (e) {
      showProblem(status, e, form, toRequest(m, currentCall()).fromApiField);
    }
  }));

  renderBody();
  form.append(h('div', { class: 'form-actions' }, saveButton, ' ', submitButton), status);
  return h('section', null, head, form);
}

function labelOf(control: HTMLElement): string {
  return control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent?.replace(/\s*\*$/, '') ?? control.getAttribute('aria-label') ?? '' : control.getAttribute('aria-label') ?? '';
}

type Changed = (name: string) => void;

function text(m: FormModel, key: keyof FormModel, name: string, onChange: Changed, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = h('input', { type: 'text', value: String(m[key] ?? ''), ...attrs });
  input.addEventListener('input', () => { (m as unknown as Record<string, string>)[key] = input.value; onChange(name); });
  return input;
}

function buildSections(m: FormModel, call: AnnualCall, onChange: Changed, rerender: () => void): HTMLElement[] {
  const def = category(m.category);
  const summary = h('textarea', { rows: 4, name: 'summary' }, m.summary);
  summary.addEventListener('input', () => { m.summary = summary.value; onChange('summary'); });
  const categorySelect = h('select', { name: 'category' },
    categories.filter(c => c.program === call.program).map(c => h('option', { value: c.code, selected: c.code === m.category }, tx('cat', c.code))));
  categorySelect.addEventListener('change', () => { m.category = categorySelect.value as CategoryCode; rerender(); });
  const start = h('input', { type: 'date', value: m.startsOn, name: 'executionStartsOn' });
  const end = h('input', { type: 'date', value: m.endsOn, name: 'executionEndsOn' });
  start.addEventListener('input', () => { m.startsOn = start.value; onChange('executionStartsOn'); });
  end.addEventListener('input', () => { m.endsOn = end.value; onChange('executionEndsOn'); });
  start.addEventListener('change', () => rerender());
  end.addEventListener('change', () => rerender());

  const basic = h('fieldset', null, h('legend', null, t('form.basic')),
    field(t('form.titleLabel'), text(m, 'title', 'title', onChange, { maxlength: '200', name: 'title' }), { name: 'title', required: true, hint: t('form.titleHint') }),
    field(t('form.summary'), summary, { name: 'summary', required: true }),
    field(t('form.category'), categorySelect, { name: 'category', required: true }),
    h('div', { class: 'grid3' },
      field(t('form.piId'), text(m, 'piId', 'principalInvestigator.id', onChange, { autocomplete: 'off' }), { name: 'principalInvestigator.id', required: true }),
      field(t('form.piName'), text(m, 'piName', 'principalInvestigator.name', onChange, { autocomplete: 'name' }), { name: 'principalInvestigator.name', required: true }),
      field(t('form.piEmail'), text(m, 'piEmail', 'principalInvestigator.email', onChange, { type: 'email', autocomplete: 'email' }), { name: 'principalInvestigator.email', required: true })),
    h('div', { class: 'grid2' },
      field(t('form.institutionId'), h('input', { type: 'text', value: m.instId, readonly: true }), { hint: t('form.institutionIdHint'), name: 'institution.id' }),
      field(t('form.institutionName'), text(m, 'instName', 'institution.name', onChange, { autocomplete: 'organization' }), { name: 'institution.name', required: true })),
    h('div', { class: 'grid2' },
      field(`${t('form.period')}：${t('form.startsOn')}`, start, { name: 'executionStartsOn', required: true }),
      field(`${t('form.period')}：${t('form.endsOn')}`, end, { name: 'executionEndsOn', required: true })),
    def.jointTeam ? field(t('form.partner'), text(m, 'partner', 'outOfRegionPartner', onChange), { name: 'outOfRegionPartner', required: true, hint: t('form.partnerHint') }) : null);

  const sections: HTMLElement[] = [basic];
  if (def.foreignPartner) {
    sections.push(scoSection(m, onChange, rerender));
  }
  sections.push(budgetSection(m, call, onChange), targetsSection(m, call, onChange));
  return sections;
}

function scoSection(m: FormModel, onChange: Changed, rerender: () => void): HTMLElement {
  const fieldSelect = h('select', { name: 'sco.priorityField' }, scoFields.map(f => h('option', { value: f, selected: f === m.scoField }, tx('sco', f))));
  fieldSelect.addEventListener('change', () => { m.scoField = fieldSelect.value; onChange('sco.priorityField'); });
  const rows = m.travel.map((p, i) => {
    const input = (key: keyof typeof p, type: string, label: string, name: string) => {
      const el = h('input', { type, value: p[key], 'aria-label': `${label} ${i + 1}`, min: type === 'number' ? '1' : null });
      el.dataset.field = name;
      el.id = nextId('travel');
      el.addEventListener('input', () => { p[key] = el.value; onChange(name); });
      return h('td', null, el, h('div', { class: 'error', id: `${el.id}-err` }));
    };
    return h('tr', { 'data-field-row': `sco.travel.${i}` },
      input('country', 'text', t('form.travelCountry'), `sco.travel.${i}`),
      input('purpose', 'text', t('form.travelPurpose'), `sco.travel.${i}.purpose`),
      input('plannedOn', 'date', t('form.travelOn'), `sco.travel.${i}.plannedOn`),
      input('travellers', 'number', t('form.travellers'), `sco.travel.${i}.travellers`),
      h('td', null, h('button', { type: 'button', class: 'link-button', onclick: () => { m.travel.splice(i, 1); rerender(); } }, t('form.travelRemove'))));
  });
  return h('fieldset', null, h('legend', null, t('form.sco')),
    h('div', { class: 'grid3' },
      field(t('form.scoCountry'), text(m, 'scoCountry', 'sco.partnerCountry', onChange), { name: 'sco.partnerCountry', required: true }),
      field(t('form.scoInstitution'), text(m, 'scoInstitution', 'sco.partnerInstitution', onChange), { name: 'sco.partnerInstitution', required: true }),
      field(t('form.scoField'), fieldSelect, { name: 'sco.priorityField', required: true })),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('form.travel') },
      h('table', null, h('caption', null, t('form.travel')),
        h('thead', null, h('tr', null, [t('form.travelCountry'), t('form.travelPurpose'), t('form.travelOn'), t('form.travellers'), t('common.actions')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows))),
    h('button', { type: 'button', class: 'secondary', onclick: () => { m.travel.push({ country: m.scoCountry, purpose: '', plannedOn: m.startsOn, travellers: '1' }); rerender(); } }, t('form.travelAdd')));
}

function moneyInput(value: string, label: string, name: string, onInput: (v: string) => void): HTMLTableCellElement {
  const id = nextId('amt');
  const input = h('input', { type: 'text', inputmode: 'decimal', value, id, 'aria-label': label, class: 'num', autocomplete: 'off', 'aria-describedby': `${id}-err` });
  input.dataset.field = name;
  input.addEventListener('input', () => onInput(input.value));
  return h('td', null, input, h('div', { class: 'error', id: `${id}-err`, 'data-error-for': id }));
}

function budgetSection(m: FormModel, call: AnnualCall, onChange: Changed): HTMLElement {
  const cats = expenseSets[call.budgetSet];
  const rows = cats.map(cat => {
    const line = (m.lines[cat] ??= { fiscal: '', self: '' });
    const name = tx('exp', cat);
    return h('tr', null,
      h('th', { scope: 'row' }, name),
      moneyInput(line.fiscal, t('budget.fiscalOf', { name }), `budget.fiscal.${cat}`, v => { line.fiscal = v; onChange(`budget.fiscal.${cat}`); }),
      moneyInput(line.self, t('budget.selfOf', { name }), `budget.self.${cat}`, v => { line.self = v; onChange(`budget.self.${cat}`); }),
      h('td', { class: 'num', 'data-total': cat }, '0.00'));
  });
  const startYear = Number((m.startsOn || `${call.programYear}`).slice(0, 4));
  const endYear = Math.max(startYear, Number((m.endsOn || `${startYear}`).slice(0, 4)));
  const years: number[] = [];
  for (let y = Math.min(startYear, call.programYear); y <= Math.min(endYear, startYear + 5); y++) { years.push(y); }
  for (const y of Object.keys(m.disbursements)) {
    if (!years.includes(Number(y))) { if (m.disbursements[y] === '') { delete m.disbursements[y]; } else { years.push(Number(y)); } }
  }
  years.sort();
  const totalSlotId = nextId('total');
  return h('fieldset', { class: 'budget' }, h('legend', null, t('budget.title')),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('budget.caption') },
      h('table', { class: 'budget-table' },
        h('caption', null, t('budget.caption')),
        h('thead', null, h('tr', null, [t('budget.category'), t('budget.fiscal'), t('budget.selfRaised'), t('budget.total')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows),
        h('tfoot', null,
          h('tr', null, h('th', { scope: 'row' }, t('budget.sum')), h('td', { class: 'num', 'data-total': 'fiscal' }), h('td', { class: 'num', 'data-total': 'self' }), h('td', { class: 'num', 'data-total': 'all' })),
          h('tr', null, h('th', { scope: 'row' }, t('budget.sumWan')), h('td', { class: 'num', 'data-total': 'fiscalWan' }), h('td', { class: 'num', 'data-total': 'selfWan' }), h('td', { class: 'num', 'data-total': 'allWan' }))))),
    h('p', { class: 'planned', 'data-total': 'planned', 'aria-live': 'polite' }),
    h('ul', { class: 'notes', 'data-budget-notes': true }),
    h('p', { class: 'error message-slot', id: totalSlotId, 'data-field': 'budget.fiscalTotalCny', role: 'alert' }),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('budget.disbursementsCaption') },
      h('table', { class: 'budget-table narrow' },
        h('caption', null, t('budget.disbursements')),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('budget.year')), h('th', { scope: 'col' }, t('budget.amount')))),
        h('tbody', null, years.map(y => h('tr', null, h('th', { scope: 'row' }, String(y)),
          moneyInput(m.disbursements[String(y)] ?? '', t('budget.yearOf', { year: y }), `budget.disb.${y}`, v => { m.disbursements[String(y)] = v; onChange(`budget.disb.${y}`); })))))),
    h('p', { class: 'error message-slot', 'data-field': 'budget.disbursements', role: 'alert' }));
}

function targetsSection(m: FormModel, call: AnnualCall, onChange: Changed): HTMLElement {
  const rows = indicators[call.program].map(ind => {
    const tg = (m.targets[ind.code] ??= { value: '', comparator: 'Exactly' });
    const name = tx('ind', ind.code);
    const cmp = h('select', { 'aria-label': t('targets.comparatorOf', { name }) },
      (['Exactly', 'AtLeast', 'AtMost'] as const).map(c => h('option', { value: c, selected: c === tg.comparator }, t(`cmp.${c}` as Key))));
    cmp.addEventListener('change', () => { tg.comparator = cmp.value as typeof tg.comparator; });
    const id = nextId('tgt');
    const input = h('input', { type: 'text', inputmode: 'decimal', value: tg.value, id, class: 'num', 'aria-label': t('targets.valueOf', { name }), 'aria-describedby': `${id}-err` });
    input.dataset.field = `targets.${ind.code}`;
    input.addEventListener('input', () => { tg.value = input.value; onChange(`targets.${ind.code}`); });
    return h('tr', null, h('th', { scope: 'row' }, name), h('td', null, cmp), h('td', null, input, h('div', { class: 'error', id: `${id}-err` })), h('td', null, tx('unit', ind.unit)));
  });
  return h('fieldset', null, h('legend', null, t('targets.title')),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('targets.caption') },
      h('table', null, h('caption', null, t('targets.caption')),
        h('thead', null, h('tr', null, [t('targets.indicator'), t('targets.comparator'), t('targets.value'), t('targets.unit')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows))),
    h('p', { class: 'error message-slot', 'data-field': 'targets' }));
}
