import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router } from '@angular/router';
import { errorSummaryKey } from '../../api/api-error';
import { PlanResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { PlanListStore } from '../data/plan-list-store';
import { PlanCard } from '../ui/plan-card';
import { PlanFormDialog } from '../ui/plan-form-dialog';

@Component({
  selector: 'app-plan-list-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, MatSlideToggleModule, TranslatePipe, PlanCard, Icon],
  providers: [PlanListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-list-page.html',
  styleUrl: './plan-list-page.scss',
})
export class PlanListPage {
  protected readonly store = inject(PlanListStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);

  protected readonly errorKey = computed(() => {
    const error = this.store.error();
    return error ? errorSummaryKey(error) : null;
  });

  protected openCreatePlan(): void {
    this.dialog
      .open<PlanFormDialog, object, PlanResponse>(PlanFormDialog, {
        data: {},
        direction: this.translator.direction(),
        autoFocus: 'first-tabbable',
        maxWidth: '40rem',
      })
      .afterClosed()
      .subscribe((plan) => {
        if (plan) void this.router.navigate(['/plans', plan.id]);
      });
  }
}
