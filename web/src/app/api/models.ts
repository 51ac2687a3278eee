// Temporary hand-written aliases of the API contract (docs/api-contract.md).
// Replaced by re-exports of the generated schema (schema.ts) once api/openapi.json exists.

export type Language = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
export type Role = 'owner' | 'editor' | 'contributor' | 'viewer';
export type AreaKey = 'POL' | 'LAW' | 'SVC' | 'FIN' | 'WFD' | 'PSY' | 'DRG' | 'INF' | 'CIV' | 'RES' | 'SOC';
export type Principle = 'legal_capacity' | 'non_coercion' | 'community_inclusion' | 'participation' | 'recovery';
export type ServiceType =
  | 'crisis' | 'hospital' | 'community_centre' | 'peer_support' | 'outreach' | 'supported_living' | 'network';
export type StepStatus = 'not_started' | 'in_progress' | 'blocked' | 'done' | 'cancelled';
export type Priority = 'low' | 'medium' | 'high';
export type PlanStatus = 'active' | 'archived';

export interface UserResponse { id: string; email: string; name: string; language: Language }
export interface UserSummary { id: string; name: string; email: string }
export interface UserListResponse { items: UserSummary[] }
export interface LoginRequest { email: string; password: string }
export interface LoginResponse { accessToken: string; expiresAt: string; user: UserResponse }
export interface UpdateMeRequest { name?: string; language?: Language }

export interface CatalogueStep {
  key: string; title: string; description: string; principles: Principle[]; serviceTypes: ServiceType[];
}
export interface CatalogueArea {
  key: AreaKey; title: string; description: string; crossCutting: boolean; steps: CatalogueStep[];
}
export interface CatalogueResponse { version: number; label: string; source: string; areas: CatalogueArea[] }

export interface PlanResponse {
  id: string; title: string; country: string; description: string; startDate: string; endDate: string;
  status: PlanStatus; catalogueVersion: number | null; myRole: Role; stepCount: number; doneCount: number;
  overdueCount: number; progress: number; version: number; createdAt: string; updatedAt: string;
}
export interface PlanListResponse { items: PlanResponse[] }
export interface CreatePlanRequest {
  title: string; country: string; startDate: string; endDate: string; fromCatalogue: boolean; description?: string;
}
export interface UpdatePlanRequest {
  version: number; title?: string; country?: string; startDate?: string; endDate?: string; description?: string;
}

export interface StepResponse {
  id: string; planId: string; area: AreaKey; catalogueKey: string | null; catalogueVersion: number | null;
  title: string; description: string; status: StepStatus; progress: number; startDate: string | null;
  dueDate: string | null; leadOrganisation: string | null; assigneeIds: string[]; assignees: UserSummary[];
  priority: Priority; principles: Principle[]; dependsOn: string[]; overdue: boolean; version: number;
  createdAt: string; updatedAt: string;
}
export interface StepListResponse { items: StepResponse[]; total: number; page: number; pageSize: number }
export interface CreateStepRequest {
  area: AreaKey; title: string; description?: string; status?: StepStatus; progress?: number;
  startDate?: string; dueDate?: string; leadOrganisation?: string; assigneeIds?: string[]; priority?: Priority;
  principles?: Principle[]; dependsOn?: string[];
}
export interface UpdateStepRequest {
  version: number; area?: AreaKey; title?: string; description?: string; status?: StepStatus; progress?: number;
  startDate?: string | null; dueDate?: string | null; leadOrganisation?: string | null; assigneeIds?: string[];
  priority?: Priority; principles?: Principle[]; dependsOn?: string[];
}

export interface FieldError { field: string; message: string }
export interface ErrorResponse { statusCode: number; error: string; message: string; errors: FieldError[] }
export interface StepConflictResponse extends ErrorResponse { current: StepResponse }
