import { api, newKey, seg } from '../api';
import { field, h, table } from '../dom';
import { t, tx } from '../i18n';
import type { RouteContext } from '../router';
import type { ObjectionReceipt, PublicityNotice } from '../types';
import { busy, errorText, pageHead, showProblem, statusBox } from '../ui';

export async function publicityView(ctx: RouteContext): Promise<HTMLElement> {
  const year = ctx.query.get('year') ?? '';
  const status = statusBox();
  let notices: PublicityNotice[] = [];
  try {
    notices = (await api<PublicityNotice[]>('GET', '/api/public/publicity', { query: { year }, token: null })).data;
  } catch (e) {
    status.show('error', errorText(e));
  }

  const yearInput = h('input', { type: 'number', min: '2000', max: '2100', name: 'year', value: year, inputmode: 'numeric' });
  const filter = h('form', { class: 'filters', method: 'get', action: '/publicity' },
    field(t('pub.year'), yearInput, { hint: t('filter.yearHint') }),
    h('button', { type: 'submit' }, t('filter.apply')));

  const list = notices.length === 0
    ? h('p', { class: 'empty' }, t('pub.none'))
    : table(t('pub.caption'), [t('project.id'), t('project.title'), t('project.category'), t('project.institution'), t('project.pi'), t('pub.fiscal'), t('pub.ends')],
      notices.map(n => [h('span', { class: 'mono' }, n.projectId), n.title, n.category, n.institutionName, n.principalInvestigatorName,
        h('span', { class: 'num' }, n.fiscalWanYuan), n.publicityEndsOn ?? '—']), { class: 'publicity' });

  return h('section', null,
    pageHead(t('pub.title'), t('pub.intro')),
    filter,
    status,
    list,
    notices.length ? objectionForm(notices) : null);
}

function objectionForm(notices: PublicityNotice[]): HTMLElement {
  const project = h('select', { name: 'projectId' }, notices.map(n => h('option', { value: n.projectId }, `${n.projectId} · ${n.title}`)));
  const filedBy = h('input', { type: 'text', name: 'filedBy', autocomplete: 'name', maxlength: '100' });
  const contact = h('input', { type: 'text', name: 'contact', autocomplete: 'tel', maxlength: '100' });
  const text = h('textarea', { name: 'text', rows: 4, maxlength: '2000' });
  const status = statusBox();
  const button = h('button', { type: 'submit' }, t('pub.submitObjection'));
  let key = newKey();
  const form: HTMLFormElement = h('form', {
    class: 'panel',
    onsubmit: async (e: Event) => {
      e.preventDefault();
      if (!text.value.trim()) {
        status.show('error', `${t('pub.text')}: ${t('v.required')}`);
        text.focus();
        return;
      }
      await busy(button, async () => {
        try {
          const r = await api<ObjectionReceipt>('POST', `/api/public/projects/${seg(project.value)}/objections`, {
            token: null, idempotencyKey: key,
            body: { filedBy: filedBy.value.trim() || null, contact: contact.value.trim() || null, text: text.value.trim() },
          });
          status.show('ok', t('pub.received', { id: r.data.objectionId, status: tx('obj.status', r.data.status) }));
          key = newKey();
          form.reset();
        } catch (err) {
          showProblem(status, err, form);
        }
      });
    },
  },
  h('h2', null, t('pub.object')),
  field(t('project.id'), project),
  h('div', { class: 'grid2' }, field(t('pub.filedBy'), filedBy), field(t('pub.contact'), contact)),
  h('p', { class: 'hint' }, t('pub.anonymousNote')),
  field(t('pub.text'), text, { required: true, name: 'text' }),
  h('p', { class: 'actions' }, button),
  status);
  return form;
}
