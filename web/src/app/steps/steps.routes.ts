import { Routes } from '@angular/router';

export const stepRoutes: Routes = [
  {
    path: ':stepId',
    title: 'titles.step',
    loadComponent: () => import('./feature/step-page').then((m) => m.StepPage),
  },
];
