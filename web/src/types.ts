// The API's wire shapes (camelCase JSON, enums by name), as GET /api/openapi.json describes them.
import type { BudgetSet, CategoryCode, EvidenceKind, ExpenseCategory, ProgramCode, Stage } from './catalog';

export interface Bilingual { zh: string; en: string }
export interface FundingRule { category: CategoryCode; minCny: number; maxCny: number; typicalCny: number; method: string }
export interface AnnualCall {
  id: string; programYear: number; program: ProgramCode; title: Bilingual; opensOn: string; closesOn: string;
  budgetSet: BudgetSet; envelopes: { category: CategoryCode; fiscalCny: number }[]; fundingOverrides?: FundingRule[] | null;
}
export interface CallView { call: AnnualCall; isOpen: boolean }
export interface IndicatorValue { number: number | null; comparator: 'Exactly' | 'AtLeast' | 'AtMost'; text?: string | null }
export interface IndicatorTarget { indicatorCode: string; value: IndicatorValue }
export interface TravelPlan { country: string; purpose: string; plannedOn: string; travellers: number }
export interface ScoDetails { partnerCountry: string; partnerInstitution: string; priorityField: string; travelPlans: TravelPlan[] }
export interface ApplicationForm {
  title: string; summary: string; category: CategoryCode;
  principalInvestigator: { id: string; name: string; email: string };
  institution: { id: string; name: string };
  executionStartsOn: string; executionEndsOn: string;
  budget: { lines: { category: ExpenseCategory; fiscalCny: number; selfRaisedCny: number }[]; disbursements: { programYear: number; fiscalCny: number }[] };
  targets: IndicatorTarget[];
  sco?: ScoDetails | null; outOfRegionPartner?: string | null; teamMemberIds?: string[] | null;
}
export interface DeadlineView { step: string; dueAt: string; dueText: string; graceEndsAt: string; isProvisional: boolean }
export interface Objection { id: string; filedAt: string; filedBy: string | null; contact: string | null; text: string; status: string; resolution?: string | null }
export interface ProjectView {
  id: string; callId: string; programYear: number; stage: Stage; stageName: string; stageEnteredAt: string;
  deadline: DeadlineView | null; form: ApplicationForm; approvedFiscalCny: number | null; publicityEndsOn: string | null;
  executionEndsOn: string; pendingExtension: { requestedAt: string; months: number; reason: string } | null;
  objections: Objection[] | null; auditSequence: number;
}
export interface ProjectSummary {
  projectId: string; title: string; program: ProgramCode; category: CategoryCode; programYear: number; institutionId: string;
  institutionName: string; principalInvestigatorName: string; stage: Stage; stageEnteredAt: string; auditSequence: number; fiscalCny: number;
}
export interface AuditEntry {
  projectId: string; sequence: number; at: string; actor: { role: string; id: string; displayName: string; institutionId?: string | null };
  action: string; from: Stage; to: Stage; reason: string | null;
}
export interface EvidenceRecord {
  projectId: string; blobName: string; fileName: string; kind: EvidenceKind; stage: Stage; institutionId: string; uploaderId: string;
  uploaderName: string; uploadedAt: string; status: 'Pending' | 'Accepted' | 'Rejected'; sha256: string | null; sizeBytes: number | null;
  detectedType: string; processedAt: string | null; rejectionReason: Bilingual | null; duplicateOf: string[]; duplicateAcrossInstitutions: boolean;
}
export interface UploadSlot { blobName: string; uploadUri: string; expiresAt: string; stage: Stage }
export interface SentEmail { message: { deduplicationKey: string; to: string; subject: string; body: string; kind: string; projectId: string | null }; sentAt: string }
export interface PublicityNotice { projectId: string; title: string; category: string; institutionName: string; principalInvestigatorName: string; fiscalWanYuan: string; publicityEndsOn: string | null }
export interface ObjectionReceipt { objectionId: string; status: string; filedAt: string }
export interface FieldError { field: string; code: string; message: string; messageEn: string }
export interface Problem { type: string; title: string; titleEn: string; status: number; detail?: string; errors?: FieldError[] }
export interface ProjectList { items: ProjectSummary[] }
