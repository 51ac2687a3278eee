import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BudgetFlag } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';

/** A line's flags, each as an icon and words ("Committed above planned"): never colour alone. */
@Component({
  selector: 'app-budget-flags',
  imports: [TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (flag of flags(); track flag) {
      <span class="chip flag"><app-icon name="warning" />{{ 'budget.flags.' + flag | t }}</span>
    } @empty {
      <span class="muted">{{ 'budget.flags.none' | t }}</span>
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; gap: 0.25rem; }
    .flag { background: #fff1d6; color: #5a3a00; border-color: #c9a24a; white-space: normal; }
  `,
})
export class BudgetFlags {
  readonly flags = input.required<readonly BudgetFlag[]>();
}
