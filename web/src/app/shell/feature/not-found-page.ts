import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate-pipe';

@Component({
  selector: 'app-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'notFound.title' | t }}</h1>
    <p>{{ 'notFound.message' | t }}</p>
    <a mat-flat-button routerLink="/plans">{{ 'notFound.backToPlans' | t }}</a>
  `,
})
export class NotFoundPage {}
