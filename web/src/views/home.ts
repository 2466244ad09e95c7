import { currentSession } from '../auth';
import { h } from '../dom';
import { t } from '../i18n';
import { pageHead } from '../ui';

export function homeView(): HTMLElement {
  const s = currentSession();
  const work = s?.role === 'Applicant' ? '/applicant' : s?.role === 'Officer' ? '/officer' : null;
  return h('section', null,
    pageHead(t('home.title'), t('home.intro')),
    h('div', { class: 'cards' },
      h('article', { class: 'card' }, h('h2', null, t('role.Applicant')), h('p', null, t('home.applicant'))),
      h('article', { class: 'card' }, h('h2', null, t('role.Officer')), h('p', null, t('home.officer'))),
      h('article', { class: 'card' }, h('h2', null, t('role.Public')), h('p', null, t('home.public')))),
    h('p', { class: 'actions' },
      work ? h('a', { class: 'button', href: work, 'data-link': true }, t('home.goWork'))
        : h('a', { class: 'button', href: '/signin', 'data-link': true }, t('home.goSignin')),
      ' ',
      h('a', { class: 'button secondary', href: '/publicity', 'data-link': true }, t('home.goPublicity'))));
}
