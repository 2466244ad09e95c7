// Expert review, ranking and the self-evaluation report: the officer's side of the review and year-end routes.
import { api, apiBlob, newKey, seg } from '../api';
import { programs } from '../catalog';
import { field, h, table } from '../dom';
import { pick, t, tx } from '../i18n';
import { navigate, resolve, type RouteContext } from '../router';
import { beijing } from '../time';
import type { CallView } from '../types';
import { busy, errorText, pageHead, showProblem, statusBox } from '../ui';

interface AssignmentState { callId: string; projectId: string; expertId: string; status: string; assignedAt: string; scoredAt?: string | null }
interface AssignmentRun { callId: string; applications: number; assignmentsAdded: number; shortfalls: unknown[] }
interface RankingRow { rank: number; projectId: string; category: string; score: number; untrimmedMean: number; sheets: number; panelSize: number; complete: boolean; tiedOnScore: boolean }

/** The call picker both review pages share; the chosen call is in ?call= so the page can be linked and reloaded. */
async function callPicker(ctx: RouteContext, base: string): Promise<{ element: HTMLElement; callId: string | null }> {
  const calls = (await api<CallView[]>('GET', '/api/calls')).data;
  const callId = ctx.query.get('call') ?? calls[0]?.call.id ?? null;
  const select = h('select', { name: 'call' }, calls.map(c => h('option', { value: c.call.id, selected: c.call.id === callId }, `${pick(c.call.title.zh, c.call.title.en)} (${c.call.id})`)));
  select.addEventListener('change', () => navigate(`${base}?call=${encodeURIComponent(select.value)}`));
  return { element: calls.length ? h('div', { class: 'filters' }, field(t('form.call'), select)) : h('p', { class: 'empty' }, t('calls.none')), callId };
}

export async function reviewView(ctx: RouteContext): Promise<HTMLElement> {
  const picker = await callPicker(ctx, '/officer/review');
  const status = statusBox();
  const parts: HTMLElement[] = [pageHead(t('review.title'), t('review.intro')), picker.element, status];
  if (picker.callId) {
    const callId = picker.callId;
    const assign = h('button', { type: 'button', 'data-action': 'assign' }, t('review.assign'));
    assign.addEventListener('click', () => busy(assign, async () => {
      try {
        const run = (await api<AssignmentRun>('POST', `/api/officer/calls/${seg(callId)}/review-assignments`, { idempotencyKey: newKey() })).data;
        status.show('ok', t('review.assigned', { applications: run.applications, added: run.assignmentsAdded, shortfalls: run.shortfalls.length }));
        setTimeout(resolve, 1200);
      } catch (e) {
        showProblem(status, e);
      }
    }));
    const rows = (await api<AssignmentState[]>('GET', `/api/officer/calls/${seg(callId)}/review-assignments`)).data;
    parts.push(h('p', { class: 'actions' }, assign),
      rows.length === 0 ? h('p', { class: 'empty' }, t('review.none'))
        : table(t('review.caption'), [t('project.id'), t('review.expert'), t('review.status'), t('review.assignedAt'), t('review.scoredAt')],
          rows.map(a => [h('a', { href: `/officer/projects/${encodeURIComponent(a.projectId)}`, 'data-link': true, class: 'mono' }, a.projectId), a.expertId,
            tx('ras', a.status), beijing(a.assignedAt), a.scoredAt ? beijing(a.scoredAt) : '—'])));
  }
  return h('section', null, parts);
}

export async function rankingView(ctx: RouteContext): Promise<HTMLElement> {
  const picker = await callPicker(ctx, '/officer/ranking');
  const parts: HTMLElement[] = [pageHead(t('ranking.title'), t('ranking.intro')), picker.element];
  if (picker.callId) {
    const rows = (await api<RankingRow[]>('GET', `/api/officer/calls/${seg(picker.callId)}/ranking`)).data;
    parts.push(rows.length === 0 ? h('p', { class: 'empty' }, t('ranking.none'))
      : table(t('ranking.caption'), [t('ranking.rank'), t('project.id'), t('project.category'), t('ranking.score'), t('ranking.mean'), t('ranking.sheets'), t('ranking.complete'), t('ranking.tied')],
        rows.map(r => [String(r.rank), h('a', { href: `/officer/projects/${encodeURIComponent(r.projectId)}`, 'data-link': true, class: 'mono' }, r.projectId),
          tx('cat', r.category), h('span', { class: 'num' }, String(r.score)), h('span', { class: 'num' }, String(r.untrimmedMean)), `${r.sheets} / ${r.panelSize}`,
          r.complete ? t('common.yes') : t('common.no'), r.tiedOnScore ? t('common.yes') : '']), { class: 'ranking' }));
  }
  return h('section', null, parts);
}

export async function reportView(ctx: RouteContext): Promise<HTMLElement> {
  const year = ctx.query.get('year') ?? '';
  const program = ctx.query.get('program') ?? 'AidXinjiang';
  const yearInput = h('input', { type: 'number', name: 'year', min: '2000', max: '2100', value: year, inputmode: 'numeric' });
  const programSelect = h('select', { name: 'program' }, programs.map(p => h('option', { value: p, selected: p === program }, tx('program', p))));
  const form: HTMLFormElement = h('form', {
    class: 'filters',
    onsubmit: (e: Event) => {
      e.preventDefault();
      navigate(`/officer/reports?year=${encodeURIComponent(yearInput.value)}&program=${encodeURIComponent(programSelect.value)}`);
    },
  }, field(t('report.year'), yearInput, { required: true }), field(t('report.program'), programSelect), h('div', { class: 'filter-submit' }, h('button', { type: 'submit' }, t('report.show'))));
  const status = statusBox();
  const parts: HTMLElement[] = [pageHead(t('report.title'), t('report.intro')), form, status];
  if (!year) {
    status.show('info', t('report.chooseYear'));
    return h('section', null, parts);
  }
  const query = { year, program };
  const download = (format: string, label: string, ext: string) => {
    const b: HTMLButtonElement = h('button', {
      type: 'button', class: 'secondary', 'data-report': format,
      onclick: () => busy(b, async () => {
        try {
          const blob = await apiBlob('/api/officer/reports/self-evaluation', { ...query, format });
          const url = URL.createObjectURL(blob);
          const a = h('a', { href: url, download: `self-evaluation-${program}-${year}.${ext}` });
          document.body.append(a);
          a.click();
          a.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        } catch (e) {
          showProblem(status, e);
        }
      }),
    }, label);
    return b;
  };
  parts.push(h('h2', null, t('report.downloads')), h('p', { class: 'actions' },
    download('json', t('report.json'), 'json'), download('csv', t('report.csv'), 'csv'), download('funds-csv', t('report.fundsCsv'), 'funds.csv'),
    download('xlsx', t('report.xlsx'), 'xlsx'), download('png', t('report.png'), 'png')));
  try {
    const png = await apiBlob('/api/officer/reports/self-evaluation', { ...query, format: 'png' });
    parts.push(h('h2', null, t('report.chart')),
      h('img', { class: 'report-chart', src: URL.createObjectURL(png), alt: t('report.chartAlt', { year, program: tx('program', program) }) }));
  } catch (e) {
    status.show('error', errorText(e));
  }
  return h('section', null, parts);
}
