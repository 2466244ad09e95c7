// The Domain's catalog as the browser needs it for checks as you type. It mirrors src/Domain (ProgramCatalog,
// BudgetCategorySet, IndirectCostCap, IndicatorCatalog, EvidenceRules); the server remains the judge on submission.

export type ProgramCode = 'AidXinjiang' | 'ScoPartnership';
export type CategoryCode = 'AidXinjiangA' | 'AidXinjiangB' | 'AidXinjiangC' | 'ScoKey' | 'ScoGeneral';
export type BudgetSet = 'Set2018' | 'Reform2021';
export type ExpenseCategory =
  | 'Equipment' | 'Materials' | 'TestingAndProcessing' | 'FuelAndPower' | 'TechnologyImport'
  | 'TravelMeetingsAndInternationalExchange' | 'PublicationLiteratureAndIp' | 'Labour' | 'ExpertConsultation'
  | 'Management' | 'Other' | 'Business' | 'Indirect';
export type EvidenceKind = 'MidTermReport' | 'AcceptanceReport' | 'FinancialAudit' | 'SignedContract' | 'AchievementProof' | 'IpCertificate' | 'TrainingRecord' | 'Other';

const wan = 10_000;

export interface CategoryInfo {
  code: CategoryCode;
  program: ProgramCode;
  minCny: number;
  maxCny: number;
  jointTeam: boolean;
  foreignPartner: boolean;
}

export const categories: CategoryInfo[] = [
  { code: 'AidXinjiangA', program: 'AidXinjiang', minCny: 60 * wan, maxCny: 100 * wan, jointTeam: false, foreignPartner: false },
  { code: 'AidXinjiangB', program: 'AidXinjiang', minCny: 30 * wan, maxCny: 50 * wan, jointTeam: false, foreignPartner: false },
  { code: 'AidXinjiangC', program: 'AidXinjiang', minCny: 30 * wan, maxCny: 50 * wan, jointTeam: true, foreignPartner: false },
  { code: 'ScoKey', program: 'ScoPartnership', minCny: 100 * wan, maxCny: 200 * wan, jointTeam: false, foreignPartner: true },
  { code: 'ScoGeneral', program: 'ScoPartnership', minCny: 20 * wan, maxCny: 50 * wan, jointTeam: false, foreignPartner: true },
];

export const programs: ProgramCode[] = ['AidXinjiang', 'ScoPartnership'];

export function category(code: CategoryCode): CategoryInfo {
  return categories.find(c => c.code === code) ?? categories[0];
}

export const expenseSets: Record<BudgetSet, ExpenseCategory[]> = {
  Set2018: ['Equipment', 'Materials', 'TestingAndProcessing', 'FuelAndPower', 'TechnologyImport', 'TravelMeetingsAndInternationalExchange',
    'PublicationLiteratureAndIp', 'Labour', 'ExpertConsultation', 'Management', 'Other'],
  Reform2021: ['Equipment', 'Business', 'Labour', 'Indirect'],
};

/** The indirect-cost line of a set: 管理费 in 2018, 间接费用 after the 2021 reform. */
export function indirectCategory(set: BudgetSet): ExpenseCategory {
  return set === 'Reform2021' ? 'Indirect' : 'Management';
}

/** IndirectCostCap.MaximumCny in fen: marginal bands on direct costs minus equipment, rounded down to the fen. */
export function indirectCapFen(baseFen: number, set: BudgetSet): number {
  if (baseFen <= 0) {
    return 0;
  }
  const [low, mid, high] = set === 'Reform2021' ? [30, 25, 20] : [20, 15, 13];
  const five = 5_000_000 * 100;
  const ten = 10_000_000 * 100;
  const scaled = Math.min(baseFen, five) * low + Math.min(Math.max(baseFen - five, 0), five) * mid + Math.max(baseFen - ten, 0) * high;
  return Math.floor(scaled / 100);
}

export interface IndicatorInfo { code: string; unit: string }

/** Per-project indicators (IndicatorCatalog.PerProjectIndicators): an application states a target for each. */
export const indicators: Record<ProgramCode, IndicatorInfo[]> = {
  AidXinjiang: [
    { code: 'AX-TALENTS', unit: '名' }, { code: 'AX-TRANSFERS', unit: '项' }, { code: 'AX-PLATFORMS', unit: '个' }, { code: 'AX-IP', unit: '个' },
    { code: 'AX-TRAINED', unit: '名' }, { code: 'AX-OUTPUT-VALUE', unit: '万元' }, { code: 'AX-ECONOMIC', unit: '万元' },
  ],
  ScoPartnership: [
    { code: 'SCO-JOBS', unit: '人次' }, { code: 'SCO-DEMO-BASE', unit: '万亩' }, { code: 'SCO-EXTENSION', unit: '万亩' }, { code: 'SCO-TRAINED', unit: '人' },
    { code: 'SCO-PROFIT-TAX', unit: '万元' }, { code: 'SCO-EXPORT', unit: '万美元' },
  ],
};

export const scoFields = ['Agriculture', 'Energy', 'Resources', 'Environment', 'MedicineAndHealth', 'ElectronicInformation', 'DisasterPrevention'] as const;

/** EvidenceRules.Default: accepted types and size per kind (the processor checks the real type from the file's bytes). */
export const evidenceRules: Record<EvidenceKind, { types: string; accept: string; maxMb: number }> = {
  MidTermReport: { types: 'pdf, docx/xlsx, doc/xls', accept: '.pdf,.docx,.xlsx,.doc,.xls', maxMb: 50 },
  AcceptanceReport: { types: 'pdf, docx/xlsx, doc/xls', accept: '.pdf,.docx,.xlsx,.doc,.xls', maxMb: 50 },
  FinancialAudit: { types: 'pdf, docx/xlsx, doc/xls', accept: '.pdf,.docx,.xlsx,.doc,.xls', maxMb: 50 },
  SignedContract: { types: 'pdf, png, jpeg', accept: '.pdf,.png,.jpg,.jpeg', maxMb: 20 },
  AchievementProof: { types: 'pdf, png, jpeg, docx/xlsx, doc/xls', accept: '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls', maxMb: 50 },
  IpCertificate: { types: 'pdf, png, jpeg', accept: '.pdf,.png,.jpg,.jpeg', maxMb: 20 },
  TrainingRecord: { types: 'pdf, png, jpeg, docx/xlsx, doc/xls, text/csv', accept: '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt,.csv', maxMb: 50 },
  Other: { types: 'pdf, png, jpeg, docx/xlsx, doc/xls, text/csv', accept: '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt,.csv', maxMb: 50 },
};
export const evidenceKinds = Object.keys(evidenceRules) as EvidenceKind[];

/** The stages in lifecycle order (the board's columns). */
export const stages = ['Draft', 'EligibilityCheck', 'ReturnedForCorrection', 'ExpertReview', 'Publicity', 'Approval', 'Contract', 'Execution',
  'MidTermInspection', 'MidTermReview', 'AcceptanceDue', 'AcceptanceReview', 'Closed', 'AcceptanceFailed', 'Rejected', 'Withdrawn', 'Terminated'] as const;
export type Stage = typeof stages[number];
export const terminalStages: Stage[] = ['Closed', 'AcceptanceFailed', 'Rejected', 'Withdrawn', 'Terminated'];

export const terminationCauses = ['ByRequest', 'ForCause', 'ContractNotSigned', 'Objective'] as const;
