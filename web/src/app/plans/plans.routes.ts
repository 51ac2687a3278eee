import { Routes } from '@angular/router';

export const planRoutes: Routes = [
  {
    path: '',
    title: 'titles.plans',
    loadComponent: () => import('./feature/plan-list-page').then((m) => m.PlanListPage),
  },
  {
    path: ':planId',
    title: 'titles.plan',
    loadComponent: () => import('./feature/plan-page').then((m) => m.PlanPage),
  },
  {
    path: ':planId/dashboard',
    title: 'titles.dashboard',
    loadComponent: () => import('../dashboard/feature/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: ':planId/sharing',
    title: 'titles.sharing',
    loadComponent: () => import('../sharing/feature/share-links-page').then((m) => m.ShareLinksPage),
  },
  {
    path: ':planId/members',
    title: 'titles.members',
    loadComponent: () => import('../members/feature/members-page').then((m) => m.MembersPage),
  },
  {
    path: ':planId/reports',
    title: 'reports.pageTitle',
    loadComponent: () => import('../reports/feature/reporting-page').then((m) => m.ReportingPage),
  },
  {
    path: ':planId/activity',
    title: 'titles.activity',
    loadComponent: () => import('../activity/feature/activity-page').then((m) => m.ActivityPage),
  },
  {
    path: ':planId/indicators',
    title: 'indicators.pageTitle',
    loadComponent: () => import('../indicators/feature/indicators-page').then((m) => m.IndicatorsPage),
  },
  {
    path: ':planId/budget',
    title: 'budget.pageTitle',
    loadComponent: () => import('../budget/feature/budget-page').then((m) => m.BudgetPage),
  },
  {
    path: ':planId/steps',
    loadChildren: () => import('../steps/steps.routes').then((m) => m.stepRoutes),
  },
];
