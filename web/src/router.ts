// A tiny History API router: path patterns with :params, links with data-link, and a re-render hook.

export interface RouteContext { params: Record<string, string>; query: URLSearchParams; path: string }
export type View = (ctx: RouteContext) => HTMLElement | Promise<HTMLElement>;
interface Route { pattern: RegExp; keys: string[]; view: View }

const routes: Route[] = [];
let renderHook: (view: View | null, ctx: RouteContext) => void = () => undefined;

export function route(path: string, view: View): void {
  const keys: string[] = [];
  const pattern = new RegExp(`^${path.replace(/\/:(\w+)/g, (_, k: string) => { keys.push(k); return '/([^/]+)'; })}/?$`);
  routes.push({ pattern, keys, view });
}

export function onRender(hook: typeof renderHook): void {
  renderHook = hook;
}

export function resolve(): void {
  const path = window.location.pathname;
  const query = new URLSearchParams(window.location.search);
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (m) {
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => { params[k] = decodeURIComponent(m[i + 1]); });
      renderHook(r.view, { params, query, path });
      return;
    }
  }
  renderHook(null, { params: {}, query, path });
}

export function navigate(to: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', to);
  } else {
    history.pushState(null, '', to);
  }
  resolve();
}

export function startRouter(): void {
  window.addEventListener('popstate', resolve);
  document.addEventListener('click', e => {
    const a = (e.target as Element | null)?.closest?.('a[data-link]') as HTMLAnchorElement | null;
    if (a && !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && a.origin === window.location.origin) {
      e.preventDefault();
      navigate(a.pathname + a.search);
    }
  });
  resolve();
}
