// The satisfaction survey (满意度调查) the survey emails link to: satisfied or not, with an optional comment. Applicants
// answer for their own project; officers answer for an SCO project's site. The API keeps one answer per person and stage.
import { api, seg } from '../api';
import { field, h, nextId } from '../dom';
import { t } from '../i18n';
import type { RouteContext } from '../router';
import type { ProjectView } from '../types';
import { busy, pageHead, showProblem, statusBox } from '../ui';

export async function surveyView(ctx: RouteContext): Promise<HTMLElement> {
  const id = ctx.params.id;
  const project = (await api<ProjectView>('GET', `/api/projects/${seg(id)}`)).data;
  const status = statusBox();
  const comment = h('textarea', { rows: 3, name: 'comment', maxlength: '500' });
  const button = h('button', { type: 'submit' }, t('survey.submit'));
  const choice = (value: string, label: string, checked: boolean): HTMLElement => {
    const inputId = nextId('r');
    return h('div', { class: 'radio' }, h('input', { type: 'radio', name: 'satisfied', value, id: inputId, checked }), h('label', { for: inputId }, label));
  };
  const form: HTMLFormElement = h('form', {
    class: 'panel narrow', 'data-survey': id,
    onsubmit: (e: Event) => {
      e.preventDefault();
      const satisfied = form.querySelector<HTMLInputElement>('input[name="satisfied"]:checked')?.value === 'yes';
      void busy(button, async () => {
        try {
          await api('POST', `/api/surveys/projects/${seg(id)}`, { body: { satisfied, comment: comment.value.trim() || null } });
          form.replaceChildren(h('p', null, t('survey.thanks')));
          status.show('ok', t('survey.recorded'));
        } catch (err) {
          showProblem(status, err, form);
        }
      });
    },
  },
  h('fieldset', { class: 'radios' }, h('legend', null, t('survey.question')),
    choice('yes', t('survey.satisfied'), true),
    choice('no', t('survey.unsatisfied'), false)),
  field(t('survey.comment'), comment, { name: 'comment' }),
  h('p', { class: 'actions' }, button));
  return h('section', null,
    pageHead(t('survey.title'), t('survey.intro', { title: project.form.title, id: project.id })),
    form,
    status);
}
