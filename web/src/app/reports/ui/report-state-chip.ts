import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReportingState } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';

/** A report's state as a coloured label ("Approved" with a lock once it is locked). */
@Component({
  selector: 'app-report-state-chip',
  imports: [TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip state-' + state()">
    @if (state() === 'approved') {<app-icon name="lock" />}{{ 'reports.state.' + state() | t }}</span>`,
  styles: `
    .state-missing { background: #ececec; color: #333; border-color: #999; }
    .state-draft { background: #e6e9f7; color: #1b2766; border-color: #8e97cc; }
    .state-submitted { background: #fff1d6; color: #5a3a00; border-color: #c9a24a; }
    .state-returned { background: #fde2dc; color: #5e1608; border-color: #d08a79; }
    .state-approved { background: #d7f0dc; color: #0d3b1a; border-color: #6aa57a; }
  `,
})
export class ReportStateChip {
  readonly state = input.required<ReportingState>();
}
