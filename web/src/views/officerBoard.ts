// The officer's pipeline board (projects by stage, with filters) and the overdue list.
import { api, seg } from '../api';
import { categories, programs, stages, terminalStages, type ProgramCode } from '../catalog';
import { field, h, table } from '../dom';
import { t, tx } from '../i18n';
import { formatWan, toFen } from '../money';
import { navigate, type RouteContext } from '../router';
import type { ProjectList, ProjectSummary, ProjectView } from '../types';
import { deadlineCell, pageHead, stageBadge } from '../ui';

interface Filters { year: string; program: string; category: string; institution: string; stage: string }

function readFilters(q: URLSearchParams): Filters {
  return { year: q.get('year') ?? '', program: q.get('program') ?? '', category: q.get('category') ?? '', institution: q.get('institution') ?? '', stage: q.get('stage') ?? '' };
}

/** Officer list for the filters; "all programs" asks once per program (the API lists one program at a time). */
export async function listProjects(f: Filters, overdue = false): Promise<ProjectSummary[]> {
  const ofCategory = categories.find(c => c.code === f.category)?.program;
  const chosen = (f.program ? [f.program] : ofCategory ? [ofCategory] : programs) as ProgramCode[];
  if (ofCategory && !chosen.includes(ofCategory)) {
    return [];
  }
  const lists = await Promise.all(chosen.map(program => api<ProjectList>('GET', '/api/officer/projects', {
    query: { year: f.year, program, category: f.category, institution: f.institution, stage: f.stage, overdue: overdue ? 'true' : '' },
  }).then(r => r.data.items)));
  return lists.flat().sort((a, b) => a.projectId.localeCompare(b.projectId));
}

function filterForm(base: string, f: Filters, withStage: boolean): HTMLFormElement {
  const year = h('input', { type: 'number', min: '2000', max: '2100', name: 'year', value: f.year, inputmode: 'numeric' });
  const program = h('select', { name: 'program' }, h('option', { value: '' }, t('filter.allPrograms')),
    programs.map(p => h('option', { value: p, selected: p === f.program }, tx('program', p))));
  const category = h('select', { name: 'category' }, h('option', { value: '' }, t('filter.allCategories')),
    categories.map(c => h('option', { value: c.code, selected: c.code === f.category }, tx('cat', c.code))));
  const institution = h('input', { type: 'text', name: 'institution', value: f.institution, autocomplete: 'off' });
  const stage = h('select', { name: 'stage' }, h('option', { value: '' }, t('filter.allStages')),
    stages.map(s => h('option', { value: s, selected: s === f.stage }, tx('stage', s))));
  const form: HTMLFormElement = h('form', {
    class: 'filters', 'aria-label': t('filter.legend'),
    onsubmit: (e: Event) => {
      e.preventDefault();
      const q = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) {
        if (String(v).trim()) { q.set(k, String(v).trim()); }
      }
      navigate(`${base}${q.size ? `?${q}` : ''}`);
    },
  },
  field(t('filter.year'), year, { hint: t('filter.yearHint') }),
  field(t('filter.program'), program),
  field(t('filter.category'), category),
  field(t('filter.institution'), institution),
  withStage ? field(t('filter.stage'), stage) : null,
  h('div', { class: 'filter-submit' }, h('button', { type: 'submit' }, t('filter.apply'))));
  return form;
}

function card(p: ProjectSummary): HTMLElement {
  return h('li', { class: 'card project-card', 'data-project': p.projectId },
    h('a', { href: `/officer/projects/${encodeURIComponent(p.projectId)}`, 'data-link': true }, h('strong', null, p.title)),
    h('div', { class: 'muted mono' }, p.projectId),
    h('div', null, tx('cat', p.category)),
    h('div', null, `${p.institutionName} · ${p.principalInvestigatorName}`),
    h('div', { class: 'num' }, `${formatWan(toFen(p.fiscalCny))} ${t('unit.万元')}`));
}

export async function boardView(ctx: RouteContext): Promise<HTMLElement> {
  const f = readFilters(ctx.query);
  const items = await listProjects(f);
  const byStage = new Map<string, ProjectSummary[]>();
  for (const p of items) {
    byStage.set(p.stage, [...(byStage.get(p.stage) ?? []), p]);
  }
  const columns = stages.filter(s => (f.stage ? s === f.stage : !terminalStages.includes(s) || byStage.has(s)));
  return h('section', null,
    pageHead(t('board.title'), t('board.intro')),
    filterForm('/officer', f, true),
    h('p', { class: 'muted', role: 'status' }, t('board.total', { n: items.length })),
    h('div', { class: 'board', role: 'region', 'aria-label': t('board.title'), tabindex: '0' },
      columns.map(s => {
        const list = byStage.get(s) ?? [];
        const id = `col-${s}`;
        return h('section', { class: `column${list.length ? '' : ' is-empty'}`, 'aria-labelledby': id, 'data-stage-column': s },
          h('h2', { id }, stageBadge(s), ' ', h('span', { class: 'count' }, String(list.length))),
          list.length ? h('ul', { class: 'cards-list' }, list.map(card)) : h('p', { class: 'muted' }, t('board.empty')));
      })));
}

export async function overdueView(ctx: RouteContext): Promise<HTMLElement> {
  const f = readFilters(ctx.query);
  const items = await listProjects(f, true);
  const views = await Promise.all(items.map(p => api<ProjectView>('GET', `/api/projects/${seg(p.projectId)}`).then(r => r.data).catch(() => null)));
  return h('section', null,
    pageHead(t('overdue.title'), t('overdue.intro')),
    filterForm('/officer/overdue', f, false),
    items.length === 0 ? h('p', { class: 'empty' }, t('overdue.none'))
      : table(t('overdue.title'), [t('project.id'), t('project.title'), t('project.institution'), t('project.stage'), t('project.deadline')],
        items.map((p, i) => [h('a', { href: `/officer/projects/${encodeURIComponent(p.projectId)}`, 'data-link': true, class: 'mono' }, p.projectId), p.title,
          p.institutionName, stageBadge(p.stage), views[i] ? deadlineCell(views[i]!.deadline) : '—'])),
    h('p', { class: 'muted' }, t('deadline.note')));
}
