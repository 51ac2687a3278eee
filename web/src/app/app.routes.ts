import { Routes } from '@angular/router';
import { authGuard } from './auth/data/auth-guard';
import { homeRedirect } from './auth/data/home-page';

export const routes: Routes = [
  // A donor's home is the portfolio, everyone else's the plan list.
  { path: '', pathMatch: 'full', redirectTo: homeRedirect },
  { path: 'sign-in', loadChildren: () => import('./auth/auth.routes').then((m) => m.authRoutes) },
  {
    // Public: the person following an invitation link may not have an account yet.
    path: 'invitations/:token',
    title: 'titles.invitation',
    loadComponent: () => import('./members/feature/invitation-page').then((m) => m.InvitationPage),
  },
  {
    // Public: a share link is opened by people without an account.
    path: 'share/:token',
    title: 'titles.sharedPlan',
    loadComponent: () => import('./sharing/feature/shared-plan-page').then((m) => m.SharedPlanPage),
  },
  {
    path: 'portfolio',
    canActivate: [authGuard],
    title: 'titles.portfolio',
    loadComponent: () => import('./portfolio/feature/portfolio-page').then((m) => m.PortfolioPage),
  },
  {
    path: 'plans',
    canActivate: [authGuard],
    loadChildren: () => import('./plans/plans.routes').then((m) => m.planRoutes),
  },
  {
    path: 'catalogue',
    canActivate: [authGuard],
    loadChildren: () => import('./catalogue/catalogue.routes').then((m) => m.catalogueRoutes),
  },
  {
    path: '**',
    canActivate: [authGuard],
    title: 'titles.notFound',
    loadComponent: () => import('./shell/feature/not-found-page').then((m) => m.NotFoundPage),
  },
];
