import { Routes } from '@angular/router';

export const catalogueRoutes: Routes = [
  {
    path: '',
    title: 'titles.catalogue',
    loadComponent: () => import('./feature/catalogue-page').then((m) => m.CataloguePage),
  },
];
