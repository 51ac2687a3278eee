import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { StepResponse } from '../../api/models';
import { DayPipe, NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { groupStepsByArea } from '../model/step-groups';

/** The plan's steps, one table per area in catalogue order. */
@Component({
  selector: 'app-step-list',
  imports: [MatProgressBarModule, RouterLink, TranslatePipe, DayPipe, NumberPipe, PercentPipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './step-list.html',
  styleUrl: './step-list.scss',
})
export class StepList {
  readonly planId = input.required<string>();
  readonly steps = input.required<readonly StepResponse[]>();
  protected readonly groups = computed(() => groupStepsByArea(this.steps()));
}
