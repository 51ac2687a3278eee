// Names for the API's types. Every type here is the generated schema's own (schema.ts, from
// api/openapi.json via `npm run generate:client`); nothing is written by hand.
import { components } from './schema';

type Schemas = components['schemas'];

export type Language = Schemas['Language'];
export type Role = Schemas['Role'];
export type AreaKey = Schemas['AreaKey'];
export type Principle = Schemas['Principle'];
export type ServiceType = Schemas['ServiceType'];
export type StepStatus = Schemas['StepStatus'];
export type Priority = Schemas['Priority'];
export type PlanStatus = Schemas['PlanStatus'];
export type PlanPermission = Schemas['PlanPermission'];

export type UserResponse = Schemas['UserResponse'];
export type UserSummary = Schemas['UserSummary'];
export type LoginRequest = Schemas['LoginRequest'];
export type LoginResponse = Schemas['LoginResponse'];
export type UpdateProfileRequest = Schemas['UpdateProfileRequest'];

export type CatalogueStep = Schemas['CatalogueStep'];
export type CatalogueArea = Schemas['CatalogueArea'];
export type CatalogueResponse = Schemas['CatalogueResponse'];

export type PlanResponse = Schemas['PlanResponse'];
export type PlanListResponse = Schemas['PlanListResponse'];
export type CreatePlanRequest = Schemas['CreatePlanRequest'];
export type UpdatePlanRequest = Schemas['UpdatePlanRequest'];
export type PlanConflictResponse = Schemas['PlanConflictResponse'];

export type StepResponse = Schemas['StepResponse'];
export type StepListResponse = Schemas['StepListResponse'];
export type CreateStepRequest = Schemas['CreateStepRequest'];
export type UpdateStepRequest = Schemas['UpdateStepRequest'];
export type StepConflictResponse = Schemas['StepConflictResponse'];

export type FieldError = Schemas['FieldError'];
export type ErrorResponse = Schemas['ErrorResponse'];

export type OrganisationKind = Schemas['OrganisationKind'];
export type OrganisationResponse = Schemas['OrganisationResponse'];
export type OrganisationListResponse = Schemas['OrganisationListResponse'];
export type CreateOrganisationRequest = Schemas['CreateOrganisationRequest'];

export type RefreshRequest = Schemas['RefreshRequest'];

export type MemberResponse = Schemas['MemberResponse'];
export type MemberListResponse = Schemas['MemberListResponse'];
export type ChangeRoleRequest = Schemas['ChangeRoleRequest'];
export type InvitationResponse = Schemas['InvitationResponse'];
export type InvitationListResponse = Schemas['InvitationListResponse'];
export type CreateInvitationRequest = Schemas['CreateInvitationRequest'];
export type CreatedInvitationResponse = Schemas['CreatedInvitationResponse'];
export type InvitationPreviewResponse = Schemas['InvitationPreviewResponse'];
export type AcceptInvitationRequest = Schemas['AcceptInvitationRequest'];
export type AcceptInvitationResponse = Schemas['AcceptInvitationResponse'];

export type ActivityEvent = Schemas['ActivityEvent'];
export type ActivityChange = Schemas['ActivityChange'];
export type ActivityListResponse = Schemas['ActivityListResponse'];
export type AuditAction = Schemas['AuditAction'];
export type AuditedEntity = Schemas['AuditedEntity'];

export type CommentResponse = Schemas['CommentResponse'];
export type CommentListResponse = Schemas['CommentListResponse'];
export type CreateCommentRequest = Schemas['CreateCommentRequest'];
export type UpdateCommentRequest = Schemas['UpdateCommentRequest'];

export type NotificationKind = Schemas['NotificationKind'];
export type NotificationResponse = Schemas['NotificationResponse'];
export type NotificationListResponse = Schemas['NotificationListResponse'];

export type StreamTicketResponse = Schemas['StreamTicketResponse'];
export type PlanEventMessage = Schemas['PlanEventMessage'];

export type IndicatorDirection = Schemas['IndicatorDirection'];
export type IndicatorResponse = Schemas['IndicatorResponse'];
export type IndicatorListResponse = Schemas['IndicatorListResponse'];
export type CreateIndicatorRequest = Schemas['CreateIndicatorRequest'];
export type UpdateIndicatorRequest = Schemas['UpdateIndicatorRequest'];
export type IndicatorConflictResponse = Schemas['IndicatorConflictResponse'];
export type TrendPoint = Schemas['TrendPoint'];
export type MeasurementResponse = Schemas['MeasurementResponse'];
export type MeasurementListResponse = Schemas['MeasurementListResponse'];
export type CreateMeasurementRequest = Schemas['CreateMeasurementRequest'];
export type MeasurementConflictResponse = Schemas['MeasurementConflictResponse'];

export type BudgetFlag = Schemas['BudgetFlag'];
export type FunderSummary = Schemas['FunderSummary'];
export type BudgetLineResponse = Schemas['BudgetLineResponse'];
export type BudgetLineListResponse = Schemas['BudgetLineListResponse'];
export type CreateBudgetLineRequest = Schemas['CreateBudgetLineRequest'];
export type UpdateBudgetLineRequest = Schemas['UpdateBudgetLineRequest'];
export type BudgetLineConflictResponse = Schemas['BudgetLineConflictResponse'];
export type CurrencyTotals = Schemas['CurrencyTotals'];
export type CurrencyBudget = Schemas['CurrencyBudget'];
export type AreaBudget = Schemas['AreaBudget'];
export type FunderBudget = Schemas['FunderBudget'];
export type YearBudget = Schemas['YearBudget'];
export type PlanBudgetResponse = Schemas['PlanBudgetResponse'];

export type ReportingCadence = Schemas['ReportingCadence'];
export type ReportState = Schemas['ReportState'];
export type ReportingState = Schemas['ReportingState'];
export type ReportResponse = Schemas['ReportResponse'];
export type ReportListResponse = Schemas['ReportListResponse'];
export type ReportStepSummary = Schemas['ReportStepSummary'];
export type ReportingStatusResponse = Schemas['ReportingStatusResponse'];
export type StepReportingStatus = Schemas['StepReportingStatus'];
export type CreateReportRequest = Schemas['CreateReportRequest'];
export type UpdateReportRequest = Schemas['UpdateReportRequest'];
export type ReviewReportRequest = Schemas['ReviewReportRequest'];
export type ReturnReportRequest = Schemas['ReturnReportRequest'];
export type EvidenceLink = Schemas['EvidenceLink'];
export type EvidenceFileResponse = Schemas['EvidenceFileResponse'];

export type DashboardResponse = Schemas['DashboardResponse'];
export type DashboardPlan = Schemas['DashboardPlan'];
export type DashboardProgress = Schemas['DashboardProgress'];
export type AreaProgress = Schemas['AreaProgress'];
export type StatusCount = Schemas['StatusCount'];
export type DueStep = Schemas['DueStep'];
export type DashboardSchedule = Schemas['DashboardSchedule'];
export type ReportingCounts = Schemas['ReportingCounts'];
export type DashboardReporting = Schemas['DashboardReporting'];
export type DashboardIndicator = Schemas['DashboardIndicator'];
export type DashboardIndicators = Schemas['DashboardIndicators'];
export type IndicatorStanding = Schemas['IndicatorStanding'];
export type IndicatorStandingCounts = Schemas['IndicatorStandingCounts'];
export type PrincipleProgress = Schemas['PrincipleProgress'];

export type PortfolioResponse = Schemas['PortfolioResponse'];
export type PortfolioPlan = Schemas['PortfolioPlan'];
export type PortfolioMoney = Schemas['PortfolioMoney'];
export type PortfolioSort = Schemas['PortfolioSort'];
export type PortfolioStatus = Schemas['PortfolioStatus'];

export type ShareTier = Schemas['ShareTier'];
export type ShareLinkState = Schemas['ShareLinkState'];
export type CreateShareLinkRequest = Schemas['CreateShareLinkRequest'];
export type ShareLinkResponse = Schemas['ShareLinkResponse'];
export type CreatedShareLinkResponse = Schemas['CreatedShareLinkResponse'];
export type ShareLinkListResponse = Schemas['ShareLinkListResponse'];
export type SharedPlanResponse = Schemas['SharedPlanResponse'];
export type SharedStep = Schemas['SharedStep'];
export type SharedBudgetLine = Schemas['SharedBudgetLine'];
export type SharedCurrencyBudget = Schemas['SharedCurrencyBudget'];
export type SharedFunderBudget = Schemas['SharedFunderBudget'];
export type SharedReport = Schemas['SharedReport'];
export type SharedReports = Schemas['SharedReports'];
export type UserOrganisation = Schemas['UserOrganisation'];
export type SharedStepPage = Schemas['SharedStepPage'];
export type SharedBudgetLinePage = Schemas['SharedBudgetLinePage'];
