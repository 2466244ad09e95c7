import { api, ApiError } from '../api';
import { decodeToken, signIn } from '../auth';
import { field, h } from '../dom';
import { t, type Key } from '../i18n';
import { navigate, type RouteContext } from '../router';
import { beijing } from '../time';
import { busy, errorText, pageHead, statusBox } from '../ui';

export function signinView(ctx: RouteContext): HTMLElement {
  const token = h('textarea', { rows: 4, spellcheck: 'false', autocomplete: 'off', class: 'mono', name: 'token' });
  const status = statusBox();
  const button = h('button', { type: 'submit' }, t('signin.submit'));
  const form = h('form', {
    class: 'panel narrow',
    onsubmit: async (e: Event) => {
      e.preventDefault();
      await busy(button, async () => {
        const s = decodeToken(token.value);
        if (!s) {
          status.show('error', t('signin.badFormat'));
          token.focus();
          return;
        }
        if (s.expiresAt.getTime() <= Date.now()) {
          status.show('error', t('signin.expired', { time: beijing(s.expiresAt.toISOString()) }));
          return;
        }
        if (s.role !== 'Applicant' && s.role !== 'Officer') {
          status.show('error', t('signin.unsupportedRole', { role: t(`role.${s.role}` as Key) }));
          return;
        }
        status.show('info', t('signin.checking'));
        try {
          // One real call with the token: only the server can check its signature.
          await api('GET', s.role === 'Applicant' ? '/api/applicant/projects' : '/api/officer/projects', { token: s.token });
        } catch (err) {
          status.show('error', err instanceof ApiError && (err.status === 401 || err.status === 403) ? t('signin.invalid') : errorText(err));
          return;
        }
        signIn(s);
        const next = ctx.query.get('next');
        navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : s.role === 'Applicant' ? '/applicant' : '/officer');
      });
    },
  },
  field(t('signin.token'), token, { hint: t('signin.tokenHint'), required: true }),
  h('p', { class: 'actions' }, button),
  status);

  return h('section', null,
    pageHead(t('signin.title'), t('signin.intro')),
    h('p', null, t('signin.howto')),
    h('pre', { class: 'code', tabindex: '0' },
      './run.sh token --role applicant --id pi-1 --name 张伟 --institution 91650000-INST-A\n',
      './run.sh token --role officer --id officer-1 --name 王处长'),
    form,
    h('p', { class: 'muted' }, t('signin.storage')));
}
