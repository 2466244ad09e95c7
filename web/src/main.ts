import './styles.css';
import { currentSession, signOut, type Role } from './auth';
import { clear, h } from './dom';
import { applyDocumentLang, lang, onLangChange, setLang, t, type Key } from './i18n';
import { navigate, onRender, resolve, route, startRouter, type RouteContext, type View } from './router';
import { errorText, pageHead } from './ui';
import { leavePage } from './lifecycle';
import { homeView } from './views/home';
import { signinView } from './views/signin';
import { publicityView } from './views/publicity';
import { myProjectsView, applicantProjectView } from './views/applicant';
import { applicationFormView } from './views/applicationForm';
import { boardView, overdueView } from './views/officerBoard';
import { officerProjectView } from './views/officerProject';
import { objectionsView, outboxView, callsView } from './views/officerMore';
import { rankingView, reportView, reviewView } from './views/officerReview';
import { surveyView } from './views/survey';

const app = document.getElementById('app')!;

function guard(role: Role, view: View): View {
  return ctx => {
    const s = currentSession();
    if (!s) {
      navigate(`/signin?next=${encodeURIComponent(ctx.path)}`, true);
      return h('div');
    }
    if (s.role !== role) {
      return h('section', null, pageHead(t('forbidden.title'), t('error.forbidden')));
    }
    return view(ctx);
  };
}

route('/', homeView);
route('/signin', signinView);
route('/publicity', publicityView);
route('/applicant', guard('Applicant', myProjectsView));
route('/applicant/new', guard('Applicant', applicationFormView));
route('/applicant/projects/:id', guard('Applicant', applicantProjectView));
route('/applicant/projects/:id/edit', guard('Applicant', applicationFormView));
// Emails link to {PortalBaseUrl}projects/{id}: send each role to its own view of the project.
route('/projects/:id', ctx => {
  const role = currentSession()?.role;
  const target = role === 'Officer' ? `/officer/projects/${encodeURIComponent(ctx.params.id)}` : `/applicant/projects/${encodeURIComponent(ctx.params.id)}`;
  navigate(role ? target : `/signin?next=${encodeURIComponent(ctx.path)}`, true);
  return h('div');
});
// Survey emails link to {PortalBaseUrl}surveys/projects/{id}: applicants answer for their project, officers for an SCO site.
route('/surveys/projects/:id', ctx => {
  const role = currentSession()?.role;
  if (!role) {
    navigate(`/signin?next=${encodeURIComponent(ctx.path)}`, true);
    return h('div');
  }
  return role === 'Applicant' || role === 'Officer' ? surveyView(ctx) : h('section', null, pageHead(t('forbidden.title'), t('error.forbidden')));
});
route('/officer', guard('Officer', boardView));
route('/officer/overdue', guard('Officer', overdueView));
route('/officer/projects/:id', guard('Officer', officerProjectView));
route('/officer/objections', guard('Officer', objectionsView));
route('/officer/outbox', guard('Officer', outboxView));
route('/officer/calls', guard('Officer', callsView));
route('/officer/review', guard('Officer', reviewView));
route('/officer/ranking', guard('Officer', rankingView));
route('/officer/reports', guard('Officer', reportView));

function navLinks(path: string): HTMLElement {
  const s = currentSession();
  const items: [string, Key][] = [['/', 'nav.home'], ['/publicity', 'nav.publicity']];
  if (s?.role === 'Applicant') {
    items.push(['/applicant', 'nav.myProjects'], ['/applicant/new', 'nav.newApplication']);
  } else if (s?.role === 'Officer') {
    items.push(['/officer', 'nav.board'], ['/officer/overdue', 'nav.overdue'], ['/officer/objections', 'nav.objections'], ['/officer/outbox', 'nav.outbox'],
      ['/officer/calls', 'nav.calls'], ['/officer/review', 'nav.review'], ['/officer/ranking', 'nav.ranking'], ['/officer/reports', 'nav.reports']);
  }
  return h('nav', { 'aria-label': t('nav.main'), class: 'site-nav' },
    h('ul', null, items.map(([href, key]) => h('li', null,
      h('a', { href, 'data-link': true, 'aria-current': path === href ? 'page' : null }, t(key))))));
}

function header(path: string): HTMLElement {
  const s = currentSession();
  return h('header', { class: 'site-header' },
    h('div', { class: 'brand' }, h('a', { href: '/', 'data-link': true }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '科'), t('app.short'))),
    navLinks(path),
    h('div', { class: 'tools' },
      s ? h('span', { class: 'who' }, t('user.signedIn', { name: s.name, role: t(`role.${s.role}` as Key) })) : null,
      h('button', {
        type: 'button', class: 'link-button', lang: lang() === 'zh' ? 'en' : 'zh-CN', 'aria-label': t('lang.switchLabel'),
        onclick: () => setLang(lang() === 'zh' ? 'en' : 'zh'),
      }, t('lang.switch')),
      s ? h('button', { type: 'button', class: 'link-button', onclick: () => { signOut(); navigate('/'); } }, t('nav.signout'))
        : h('a', { href: '/signin', 'data-link': true }, t('nav.signin'))));
}

let lastPath = '';
onRender(async (view: View | null, ctx: RouteContext) => {
  leavePage();
  const main = h('main', { id: 'main', tabindex: '-1' });
  clear(app,
    h('a', { class: 'skip-link', href: '#main', onclick: (e: Event) => { e.preventDefault(); main.focus(); } }, t('nav.skip')),
    header(ctx.path), main,
    h('footer', { class: 'site-footer' }, t('app.footer')));
  const pathChanged = ctx.path !== lastPath;
  lastPath = ctx.path;
  try {
    const content = view ? await view(ctx) : h('section', null, pageHead(t('notfound.title'), t('notfound.body')));
    main.replaceChildren(content);
  } catch (e) {
    main.replaceChildren(h('section', null, pageHead(t('error.title')), h('p', { class: 'status status-error', role: 'alert' }, errorText(e))));
  }
  if (pathChanged) {
    // Move focus to the new page's heading so keyboard and screen-reader users start at the top of the content.
    (main.querySelector('h1') as HTMLElement | null ?? main).focus({ preventScroll: false });
  }
});

onLangChange(() => resolve());
applyDocumentLang();
startRouter();
