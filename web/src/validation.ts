// The application's checks as you type, mirroring ApplicationForm.Validate and BudgetValidator in src/Domain.
// Errors are keyed by the form's data-field names; toApiField/fromApiField translate the server's field paths.
import { category, expenseSets, indicators, indirectCapFen, indirectCategory, type CategoryCode, type ExpenseCategory } from './catalog';
import { t, tx, type Key } from './i18n';
import { formatWan, parseYuan } from './money';
import type { AnnualCall } from './types';

export interface TravelModel { country: string; purpose: string; plannedOn: string; travellers: string }
export interface FormModel {
  callId: string;
  id?: string;
  etag?: string | null;
  title: string; summary: string; category: CategoryCode;
  piId: string; piName: string; piEmail: string;
  instId: string; instName: string;
  startsOn: string; endsOn: string;
  partner: string;
  scoCountry: string; scoInstitution: string; scoField: string; travel: TravelModel[];
  lines: Partial<Record<ExpenseCategory, { fiscal: string; self: string }>>;
  disbursements: Record<string, string>;
  targets: Record<string, { value: string; comparator: 'Exactly' | 'AtLeast' | 'AtMost' }>;
}

export interface Totals { fiscalFen: number; selfFen: number; lineFen: Partial<Record<ExpenseCategory, number>>; disbursedFen: number; capFen: number | null }
export interface CheckResult { errors: Map<string, string>; totals: Totals; amountsReadable: boolean; budgetNotes: string[] }

const amountKey: Record<string, Key> = { negative: 'v.negative', 'too-many-decimals': 'v.decimals', 'not-a-number': 'v.amount' };

export function fundingRule(call: AnnualCall, code: CategoryCode): { minCny: number; maxCny: number } {
  return call.fundingOverrides?.find(r => r.category === code) ?? category(code);
}

export function rangeText(call: AnnualCall, code: CategoryCode): string {
  const r = fundingRule(call, code);
  return `${formatWan(Math.round(r.minCny * 100))}–${formatWan(Math.round(r.maxCny * 100))}万元`;
}

export function envelopeFen(call: AnnualCall, code: CategoryCode): number {
  return call.envelopes.filter(e => e.category === code).reduce((s, e) => s + Math.round(e.fiscalCny * 100), 0);
}

function isEmail(email: string): boolean {
  const at = email.indexOf('@');
  return at > 0 && at === email.lastIndexOf('@') && email.indexOf('.', at) > at + 1 && !email.endsWith('.') && !/\s/.test(email);
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export function parseTarget(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') {
    return null;
  }
  return /^\d{1,15}(\.\d{1,6})?$/.test(s) ? Number(s) : 'invalid';
}

export function check(m: FormModel, call: AnnualCall): CheckResult {
  const errors = new Map<string, string>();
  const add = (field: string, message: string) => { if (!errors.has(field)) { errors.set(field, message); } };
  const def = category(m.category);
  const set = call.budgetSet;
  let amountsReadable = true;

  if (!m.title.trim()) { add('title', t('v.required')); } else if ([...m.title.trim()].length > 100) { add('title', t('v.titleLong')); }
  if (!m.summary.trim()) { add('summary', t('v.required')); }
  if (def.program !== call.program) { add('category', t('v.wrongProgram')); }
  if (!m.piId.trim()) { add('principalInvestigator.id', t('v.required')); }
  if (!m.piName.trim()) { add('principalInvestigator.name', t('v.required')); }
  if (!isEmail(m.piEmail)) { add('principalInvestigator.email', m.piEmail.trim() ? t('v.email') : t('v.required')); }
  if (!m.instName.trim()) { add('institution.name', t('v.required')); }

  if (!m.startsOn) { add('executionStartsOn', t('v.date')); amountsReadable = false; }
  if (!m.endsOn) { add('executionEndsOn', t('v.date')); amountsReadable = false; }
  if (m.startsOn && m.endsOn) {
    if (m.endsOn <= m.startsOn) { add('executionEndsOn', t('v.endBeforeStart')); } else if (m.endsOn > addYears(m.startsOn, 5)) { add('executionEndsOn', t('v.tooLong')); }
    if (Number(m.startsOn.slice(0, 4)) < call.programYear) { add('executionStartsOn', t('v.beforeYear')); }
  }

  // Budget lines: amounts first (BudgetValidator.CheckLines), then range, envelope and indirect cap only when lines are sound.
  const lineFen: Partial<Record<ExpenseCategory, number>> = {};
  let fiscalFen = 0;
  let selfFen = 0;
  let lineProblems = false;
  let lines = 0;
  for (const cat of expenseSets[set]) {
    const line = m.lines[cat] ?? { fiscal: '', self: '' };
    const f = parseYuan(line.fiscal);
    const s = parseYuan(line.self);
    if (f.error) { add(`budget.fiscal.${cat}`, t(amountKey[f.error])); lineProblems = true; amountsReadable = false; }
    if (s.error) { add(`budget.self.${cat}`, t(amountKey[s.error])); lineProblems = true; amountsReadable = false; }
    const ff = f.fen ?? 0;
    const sf = s.fen ?? 0;
    if (ff > 0 || sf > 0) { lines += 1; }
    lineFen[cat] = ff + sf;
    fiscalFen += ff;
    selfFen += sf;
  }
  if (lines === 0 && !lineProblems) { add('budget.fiscalTotalCny', t('v.linesRequired')); lineProblems = true; } else if (fiscalFen <= 0 && !lineProblems) { add('budget.fiscalTotalCny', t('v.fiscalRequired')); lineProblems = true; }

  let disbursedFen = 0;
  let anyDisbursement = false;
  for (const [year, text] of Object.entries(m.disbursements)) {
    const d = parseYuan(text);
    if (d.error) { add(`budget.disb.${year}`, t(amountKey[d.error])); lineProblems = true; amountsReadable = false; continue; }
    if (d.fen === null) { continue; }
    anyDisbursement = true;
    disbursedFen += d.fen;
    if (Number(year) < call.programYear) { add(`budget.disb.${year}`, t('v.beforeCallYear')); lineProblems = true; }
  }
  if (anyDisbursement && disbursedFen !== fiscalFen) {
    add('budget.disbursements', t('v.scheduleMismatch', { sum: formatWan(disbursedFen), fiscal: formatWan(fiscalFen) }));
    lineProblems = true;
  }

  const indirect = indirectCategory(set);
  const indirectFiscal = parseYuan(m.lines[indirect]?.fiscal ?? '').fen ?? 0;
  const equipment = parseYuan(m.lines.Equipment?.fiscal ?? '').fen ?? 0;
  const capFen = indirectCapFen(fiscalFen - indirectFiscal - equipment, set);
  const budgetNotes = [t('budget.range', { range: rangeText(call, m.category) }), t('budget.envelope', { wan: formatWan(envelopeFen(call, m.category)) }),
    t('budget.indirectCap', { name: tx('exp', indirect), wan: formatWan(capFen) })];
  if (!lineProblems) {
    const rule = fundingRule(call, m.category);
    if (fiscalFen < Math.round(rule.minCny * 100) || fiscalFen > Math.round(rule.maxCny * 100)) {
      add('budget.fiscalTotalCny', t('v.outsideRange', { wan: formatWan(fiscalFen), range: rangeText(call, m.category) }));
    }
    if (fiscalFen > envelopeFen(call, m.category)) {
      add('budget.fiscalTotalCny', t('v.exceedsEnvelope', { wan: formatWan(envelopeFen(call, m.category)) }));
    }
    if (indirectFiscal > capFen) {
      add(`budget.fiscal.${indirect}`, t('v.indirectCap', { wan: formatWan(indirectFiscal), cap: formatWan(capFen) }));
    }
  }

  for (const ind of indicators[call.program]) {
    const v = parseTarget(m.targets[ind.code]?.value ?? '');
    if (v === 'invalid') { amountsReadable = false; }
    if (v === null || v === 'invalid') { add(`targets.${ind.code}`, t('v.target')); }
  }

  if (def.foreignPartner) {
    if (!m.scoCountry.trim()) { add('sco.partnerCountry', t('v.required')); }
    if (!m.scoInstitution.trim()) { add('sco.partnerInstitution', t('v.required')); }
    m.travel.forEach((p, i) => {
      const n = Number(p.travellers);
      if (!p.plannedOn) { add(`sco.travel.${i}.plannedOn`, t('v.date')); amountsReadable = false; }
      if (!Number.isInteger(n) || n < 1 || !p.country.trim()) { add(`sco.travel.${i}`, t('v.travel')); if (!Number.isInteger(n)) { amountsReadable = false; } }
      else if (p.plannedOn && m.startsOn && m.endsOn && (p.plannedOn < m.startsOn || p.plannedOn > m.endsOn)) { add(`sco.travel.${i}.plannedOn`, t('v.travelOutside')); }
    });
  }
  if (def.jointTeam && !m.partner.trim()) { add('outOfRegionPartner', t('v.partner')); }

  return { errors, totals: { fiscalFen, selfFen, lineFen, disbursedFen, capFen }, amountsReadable, budgetNotes };
}

/** The JSON body of the form, and how to map the server's field paths (budget.lines[2]…) back to this form's fields. */
export function toRequest(m: FormModel, call: AnnualCall): { form: unknown; fromApiField: (field: string) => string | null } {
  const def = category(m.category);
  const lines: { category: ExpenseCategory; fiscalCny: number; selfRaisedCny: number }[] = [];
  for (const cat of expenseSets[call.budgetSet]) {
    const f = parseYuan(m.lines[cat]?.fiscal ?? '').fen ?? 0;
    const s = parseYuan(m.lines[cat]?.self ?? '').fen ?? 0;
    if (f > 0 || s > 0) {
      lines.push({ category: cat, fiscalCny: f / 100, selfRaisedCny: s / 100 });
    }
  }
  const disbursements = Object.entries(m.disbursements)
    .map(([year, text]) => ({ programYear: Number(year), fen: parseYuan(text).fen }))
    .filter(d => d.fen !== null)
    .map(d => ({ programYear: d.programYear, fiscalCny: (d.fen as number) / 100 }));
  const targetCodes = indicators[call.program].map(i => i.code);
  const form: Record<string, unknown> = {
    title: m.title.trim(),
    summary: m.summary.trim(),
    category: m.category,
    principalInvestigator: { id: m.piId.trim(), name: m.piName.trim(), email: m.piEmail.trim() },
    institution: { id: m.instId, name: m.instName.trim() },
    executionStartsOn: m.startsOn,
    executionEndsOn: m.endsOn,
    budget: { lines, disbursements },
    targets: targetCodes.map(code => {
      const v = parseTarget(m.targets[code]?.value ?? '');
      return { indicatorCode: code, value: { number: typeof v === 'number' ? v : null, comparator: m.targets[code]?.comparator ?? 'Exactly' } };
    }),
  };
  if (def.foreignPartner) {
    form.sco = {
      partnerCountry: m.scoCountry.trim(), partnerInstitution: m.scoInstitution.trim(), priorityField: m.scoField,
      travelPlans: m.travel.map(p => ({ country: p.country.trim(), purpose: p.purpose.trim(), plannedOn: p.plannedOn, travellers: Number(p.travellers) })),
    };
  }
  if (def.jointTeam) {
    form.outOfRegionPartner = m.partner.trim();
  }
  const fromApiField = (field: string): string | null => {
    const f = field.replace(/^form\./, '');
    let x = /^budget\.lines\[(\d+)\]\.(fiscalCny|selfRaisedCny|category)$/.exec(f);
    if (x) {
      const line = lines[Number(x[1])];
      return line ? `budget.${x[2] === 'selfRaisedCny' ? 'self' : 'fiscal'}.${line.category}` : 'budget.fiscalTotalCny';
    }
    x = /^budget\.disbursements\[(\d+)\]/.exec(f);
    if (x) {
      const d = disbursements[Number(x[1])];
      return d ? `budget.disb.${d.programYear}` : 'budget.disbursements';
    }
    x = /^targets\[(\d+)\]/.exec(f);
    if (x) {
      return `targets.${targetCodes[Number(x[1])]}`;
    }
    x = /^sco\.travelPlans\[(\d+)\](\.plannedOn)?/.exec(f);
    if (x) {
      return `sco.travel.${x[1]}${x[2] ? '.plannedOn' : ''}`;
    }
    if (f === 'budget.lines') {
      return 'budget.fiscalTotalCny';
    }
    return f;
  };
  return { form, fromApiField };
}
