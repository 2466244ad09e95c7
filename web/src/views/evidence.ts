// Evidence (佐证材料): ask the API for a create-only SAS link, PUT the file straight to Blob storage with progress,
// then follow the record until the processor accepts or rejects it. Officers also get the manifest and read links.
import { api, ApiError, newKey, seg } from '../api';
import { evidenceKinds, evidenceRules, type EvidenceKind } from '../catalog';
import { field, h, table } from '../dom';
import { pick, t, tx } from '../i18n';
import { poll } from '../lifecycle';
import { beijing } from '../time';
import type { EvidenceRecord, UploadSlot } from '../types';
import { busy, errorText, showProblem, statusBox } from '../ui';

class UploadError extends Error {
  constructor(message: string, public readonly cors = false) { super(message); }
}

/** PUT Blob with the SAS link; XMLHttpRequest because fetch has no upload progress. */
export function putBlob(url: string, file: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('x-ms-blob-type', 'BlockBlob');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) { onProgress(e.loaded / e.total); } });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else {
        const message = /<Message>([^<]*)/.exec(xhr.responseText ?? '')?.[1]?.split('\n')[0];
        reject(new UploadError(`HTTP ${xhr.status}${message ? `: ${message}` : ''}`));
      }
    });
    // A network error on a cross-origin PUT is almost always a refused CORS preflight.
    xhr.addEventListener('error', () => reject(new UploadError(t('ev.cors'), true)));
    xhr.addEventListener('abort', () => reject(new UploadError('aborted')));
    xhr.send(file);
  });
}

export interface EvidenceSection { element: HTMLElement; records: () => EvidenceRecord[] }

export async function evidenceSection(projectId: string, opts: { canUpload: boolean; officer: boolean; suggestedKind?: EvidenceKind; onChange?: (records: EvidenceRecord[]) => void }): Promise<EvidenceSection> {
  let records = (await api<EvidenceRecord[]>('GET', `/api/projects/${seg(projectId)}/evidence`)).data;
  const listSlot = h('div');
  const renderList = () => {
    listSlot.replaceChildren(records.length === 0 ? h('p', { class: 'empty' }, t('ev.empty')) : table(t('ev.caption'),
      [t('ev.fileName'), t('ev.kind'), t('ev.stage'), t('ev.status'), t('ev.type'), t('ev.size'), t('ev.sha'), t('ev.uploadedAt'), ...(opts.officer ? [t('common.actions')] : [])],
      records.map(r => [
        r.fileName, tx('ek', r.kind), tx('stage', r.stage),
        h('span', null, h('span', { class: `badge ev-${r.status}` }, tx('ev.status', r.status)),
          r.rejectionReason ? h('span', { class: 'error-text' }, ` ${pick(r.rejectionReason.zh, r.rejectionReason.en)}`) : null,
          r.duplicateAcrossInstitutions ? h('span', { class: 'warn-text' }, ` ${t('ev.duplicate')}`) : null),
        r.status === 'Pending' ? '—' : r.detectedType, r.sizeBytes === null ? '—' : String(r.sizeBytes),
        r.sha256 ? h('code', { class: 'hash' }, r.sha256) : '—', beijing(r.uploadedAt),
        ...(opts.officer ? [r.status === 'Accepted' ? downloadButton(projectId, r) : ''] : []),
      ]), { class: 'evidence' }));
    opts.onChange?.(records);
  };
  renderList();

  const reload = async () => {
    records = (await api<EvidenceRecord[]>('GET', `/api/projects/${seg(projectId)}/evidence`)).data;
    renderList();
    return records;
  };
  // Follow pending files until the processor has decided.
  poll(async () => { if (records.some(r => r.status === 'Pending')) { await reload(); } }, 1500);

  const parts: HTMLElement[] = [];
  if (opts.canUpload) {
    parts.push(uploadForm(projectId, opts.suggestedKind ?? 'Other', reload));
  }
  parts.push(listSlot);
  if (opts.officer) {
    parts.push(h('p', { class: 'actions' },
      manifestButton(projectId, 'csv', t('ev.manifestCsv')), ' ', manifestButton(projectId, 'json', t('ev.manifestJson'))));
  }
  return { element: h('div', { class: 'evidence-section' }, parts), records: () => records };
}

function uploadForm(projectId: string, suggested: EvidenceKind, reload: () => Promise<EvidenceRecord[]>): HTMLElement {
  const kind = h('select', { name: 'kind' }, evidenceKinds.map(k => h('option', { value: k, selected: k === suggested }, tx('ek', k))));
  const file = h('input', { type: 'file', name: 'file' });
  const accepts = h('span');
  const describe = () => {
    const rule = evidenceRules[kind.value as EvidenceKind];
    accepts.textContent = t('ev.accepts', { types: rule.types, mb: rule.maxMb });
    file.accept = rule.accept;
  };
  kind.addEventListener('change', describe);
  describe();
  const progress = h('progress', { max: '100', value: '0', 'aria-label': t('ev.progress'), class: 'upload-progress', hidden: true });
  const progressText = h('span', { class: 'progress-text', 'aria-live': 'polite' });
  const status = statusBox();
  const button = h('button', { type: 'submit' }, t('ev.button'));
  const form: HTMLFormElement = h('form', {
    class: 'panel upload',
    onsubmit: async (e: Event) => {
      e.preventDefault();
      const chosen = file.files?.[0];
      if (!chosen) {
        status.show('error', t('ev.noFile'));
        file.focus();
        return;
      }
      const rule = evidenceRules[kind.value as EvidenceKind];
      if (chosen.size > rule.maxMb * 1024 * 1024) {
        status.show('error', t('ev.tooLarge', { mb: rule.maxMb }));
        return;
      }
      await busy(button, async () => {
        status.show('info', t('ev.requesting'));
        let slot: UploadSlot;
        try {
          slot = (await api<UploadSlot>('POST', `/api/applicant/projects/${seg(projectId)}/evidence-slots`, {
            body: { kind: kind.value, fileName: chosen.name, sizeBytes: chosen.size }, idempotencyKey: newKey(),
          })).data;
        } catch (err) {
          showProblem(status, err, form);
          return;
        }
        progress.hidden = false;
        progress.value = 0;
        const show = (fraction: number) => {
          const percent = Math.round(fraction * 100);
          progress.value = percent;
          progress.dataset.progress = String(percent);
          progressText.textContent = `${percent}%`;
          status.show('info', t('ev.uploading', { name: chosen.name, percent }));
        };
        show(0);
        try {
          await putBlob(slot.uploadUri, chosen, show);
        } catch (err) {
          status.show('error', t('ev.failed', { reason: err instanceof Error ? err.message : String(err) }));
          return;
        }
        status.show('info', t('ev.checking'));
        const kindChosen = kind.value;
        form.reset();
        kind.value = kindChosen;
        describe();
        // The processor (LocalHost's watcher, Event Grid in Azure) decides within seconds.
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
          const list = await reload().catch(() => [] as EvidenceRecord[]);
          const mine = list.find(r => r.blobName === slot.blobName);
          if (mine && mine.status !== 'Pending') {
            if (mine.status === 'Accepted') {
              status.show('ok', t('ev.accepted', { name: mine.fileName }));
            } else {
              status.show('error', t('ev.rejected', { name: mine.fileName, reason: mine.rejectionReason ? pick(mine.rejectionReason.zh, mine.rejectionReason.en) : '' }));
            }
            return;
          }
          await new Promise(r => setTimeout(r, 700));
        }
      });
    },
  },
  h('h3', null, t('ev.upload')),
  h('p', { class: 'hint' }, t('ev.uploadIntro')),
  h('div', { class: 'grid2' }, field(t('ev.kind'), kind, { name: 'kind' }), field(t('ev.file'), file, { name: 'fileName' })),
  h('p', { class: 'hint' }, accepts),
  h('p', { class: 'actions' }, button, ' ', progress, ' ', progressText),
  status);
  return form;
}

function downloadButton(projectId: string, r: EvidenceRecord): HTMLButtonElement {
  const b: HTMLButtonElement = h('button', {
    type: 'button', class: 'link-button', 'aria-label': `${t('ev.download')} ${r.fileName}`,
    onclick: () => busy(b, async () => {
      try {
        const link = await api<{ url: string }>('GET', `/api/officer/projects/${seg(projectId)}/evidence-download`, { query: { blob: r.blobName } });
        window.open(link.data.url, '_blank', 'noopener');
      } catch (e) {
        alert(errorText(e));
      }
    }),
  }, t('ev.download'));
  return b;
}

function manifestButton(projectId: string, format: 'csv' | 'json', label: string): HTMLButtonElement {
  // The manifest needs the bearer token, so it is fetched and handed to the browser as a file.
  const b: HTMLButtonElement = h('button', {
    type: 'button', class: 'secondary', 'data-manifest': format,
    onclick: () => busy(b, async () => {
      try {
        const r = await api<unknown>('GET', `/api/projects/${seg(projectId)}/evidence-manifest`, { query: { format } });
        const content = format === 'json' ? JSON.stringify(r.data, null, 2) : String(r.data);
        const url = URL.createObjectURL(new Blob([content], { type: format === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
        const a = h('a', { href: url, download: `${projectId}-evidence-manifest.${format}` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (e) {
        alert(e instanceof ApiError ? errorText(e) : String(e));
      }
    }),
  }, label);
  return b;
}
