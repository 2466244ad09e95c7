// Shared pieces of every page: headings, the polite status line, problem display, stage badges, busy buttons.
import { ApiError } from './api';
import { h, setFieldError, type Child } from './dom';
import { pick, t, tx } from './i18n';
import type { DeadlineView, Problem } from './types';
import { beijing, countdown } from './time';

export function pageHead(title: string, intro?: Child): HTMLElement {
  return h('header', { class: 'page-head' }, h('h1', { tabindex: '-1' }, title), intro ? h('p', { class: 'intro' }, intro) : null);
}

/** A status line announced to screen readers; kind decides the colour (and role=alert for errors). */
export function statusBox(): HTMLDivElement & { show(kind: 'info' | 'ok' | 'error', ...content: Child[]): void; clear(): void } {
  const box = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', tabindex: '-1' }) as HTMLDivElement & { show(kind: 'info' | 'ok' | 'error', ...content: Child[]): void; clear(): void };
  box.show = (kind, ...content) => {
    box.className = `status status-${kind}`;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.replaceChildren();
    for (const c of content.flat()) {
      if (c instanceof Node) {
        box.append(c);
      } else if (c !== null && c !== undefined && c !== false) {
        box.append(String(c));
      }
    }
  };
  box.clear = () => {
    box.className = 'status';
    box.replaceChildren();
  };
  return box;
}

/** The user-facing text of any failure, in the current language. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 0) {
      return t('error.network');
    }
    if (e.status === 401) {
      return t('error.unauthorized');
    }
    if (e.status === 503 && e.retryAfter) {
      return t('error.retryAfter', { seconds: e.retryAfter });
    }
    if (e.status === 412) {
      return t('error.stale');
    }
    if (e.status === 404 && !e.problem) {
      return t('error.noRoute'); // no problem document: the route itself is missing (an API not deployed yet)
    }
    const p: Problem | null = e.problem;
    if (p) {
      return `${pick(p.title, p.titleEn)}${p.detail ? ` — ${p.detail}` : ''} ${t('error.status', { status: e.status })}`;
    }
    return `${t('error.title')} ${t('error.status', { status: e.status })}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Shows a failure: the problem's title, and each field error under its control when the form has one
 * (data-field="budget.lines[2].fiscalCny"), else in the list.
 */
export function showProblem(box: ReturnType<typeof statusBox>, e: unknown, form?: HTMLElement, fieldMap?: (field: string) => string | null): void {
  const errors = e instanceof ApiError ? e.problem?.errors ?? [] : [];
  const items: HTMLElement[] = [];
  for (const err of errors) {
    const name = fieldMap ? fieldMap(err.field) ?? err.field : err.field;
    const control = form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
    const message = pick(err.message, err.messageEn);
    if (control) {
      setFieldError(control, message);
    }
    items.push(h('li', null, control ? h('a', { href: `#${control.id}`, onclick: (ev: Event) => { ev.preventDefault(); control.focus(); } }, message) : message,
      err.field ? h('span', { class: 'muted' }, ` (${err.field})`) : null));
  }
  box.show('error', h('p', null, errorText(e)), items.length ? h('ul', null, items) : null);
  box.focus?.();
}

export function stageBadge(stage: string): HTMLSpanElement {
  return h('span', { class: `badge stage-${stage}` }, tx('stage', stage));
}

export function deadlineCell(d: DeadlineView | null): Child {
  if (!d) {
    return h('span', { class: 'muted' }, t('deadline.none'));
  }
  const c = countdown(d.dueAt);
  return h('span', { class: 'deadline' },
    h('span', null, tx('dstep', d.step), ': ', h('time', { datetime: d.dueAt }, d.dueText)),
    ' ',
    h('span', { class: `countdown ${c.overdue ? 'overdue' : c.soon ? 'soon' : ''}` }, c.text),
    d.isProvisional ? h('span', { class: 'muted' }, ` · ${t('deadline.provisional')}`) : null);
}

/** Runs an action with the button disabled and aria-busy, so double clicks cannot send twice. */
export async function busy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T | undefined> {
  if (button.disabled) {
    return undefined;
  }
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export function loading(): HTMLElement {
  return h('p', { class: 'muted', role: 'status' }, t('common.loading'));
}

export function dl(rows: [string, Child][]): HTMLDListElement {
  return h('dl', { class: 'facts' }, rows.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v ?? '—'))));
}

export { beijing };
