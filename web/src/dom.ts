// A tiny element builder: no framework, no innerHTML for data (text is always set as text, so API data cannot inject markup).

export type Child = Node | string | number | null | undefined | false | Child[];
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | Listener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      el.className = String(value);
    } else if (name === 'value' && 'value' in el) {
      (el as HTMLInputElement).value = String(value);
    } else if (name === 'checked' || name === 'selected') {
      // The attribute is the default a form reset returns to; the property is the current state.
      el.setAttribute(name, '');
      (el as unknown as Record<string, boolean>)[name] = Boolean(value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(parent, c);
    } else if (c instanceof Node) {
      parent.appendChild(c);
    } else {
      parent.appendChild(document.createTextNode(String(c)));
    }
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let uid = 0;
/** A unique element id, for label/for and aria-describedby pairs. */
export function nextId(prefix = 'f'): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A labelled form control: label, the control, an optional hint and an error slot wired with aria-describedby. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, opts: { hint?: string; name?: string; required?: boolean } = {}): HTMLDivElement {
  const id = control.id || nextId();
  control.id = id;
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  const describedBy = [opts.hint ? hintId : null, errId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  if (opts.name) {
    control.dataset.field = opts.name;
  }
  if (opts.required) {
    control.required = true;
    control.setAttribute('aria-required', 'true');
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label, opts.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    control,
    opts.hint ? h('div', { class: 'hint', id: hintId }, opts.hint) : null,
    h('div', { class: 'error', id: errId, 'data-error-for': id }));
}

/** Shows (or clears) the error under a control made by {@link field}. */
export function setFieldError(control: Element, message: string | null): void {
  const slot = document.getElementById(`${control.id}-err`);
  if (slot) {
    slot.textContent = message ?? '';
  }
  if (message) {
    control.setAttribute('aria-invalid', 'true');
  } else {
    control.removeAttribute('aria-invalid');
  }
}

/** A table in a horizontally scrolling, focusable region, so it stays usable on narrow screens. */
export function table(caption: string, head: string[], rows: Child[][], opts: { class?: string } = {}): HTMLDivElement {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: opts.class ?? '' },
      h('caption', null, caption),
      h('thead', null, h('tr', null, head.map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', null, rows.map(r => h('tr', null, r.map(c => h('td', null, c)))))));
}
