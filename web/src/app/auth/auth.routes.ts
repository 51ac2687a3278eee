import { Routes } from '@angular/router';

export const authRoutes: Routes = [
  {
    path: '',
    title: 'titles.signIn',
    loadComponent: () => import('./feature/sign-in-page').then((m) => m.SignInPage),
  },
];
