import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ActivityEvent } from '../../api/models';
import { ENTITY_MARK, sentenceKey, splitAtEntity } from '../../activity/model/activity-text';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { planSectionLink } from '../model/step-list-links';

/** The plan's latest changes, in the activity page's own sentences; a step's name links to the step. */
@Component({
  selector: 'app-latest-activity',
  imports: [RouterLink, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{{ 'dashboard.activity.heading' | t }}</h2>
      @if (shown().length === 0) {
        <p class="empty-note">{{ 'dashboard.activity.empty' | t }}</p>
      } @else {
        <ol class="plain">
          @for (item of shown(); track item.event.id) {
            <li>
              <span>{{ item.before }}@if (item.link) {<a [routerLink]="item.link" dir="auto">{{ item.event.entityLabel }}</a>} @else {<strong dir="auto">{{ item.event.entityLabel }}</strong>}{{ item.after }}</span>
              <time class="muted" [attr.datetime]="item.event.createdAt">{{ item.event.createdAt | dateTime }}</time>
            </li>
          }
        </ol>
        <p class="more"><a [routerLink]="allActivity()">{{ 'dashboard.activity.open' | t }}</a></p>
      }
    </section>
  `,
  styles: `
    li { padding-block: 0.4rem; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    time { display: block; font: var(--mat-sys-body-small); }
  `,
})
export class LatestActivity {
  private readonly translator = inject(Translator);
  readonly events = input.required<ActivityEvent[]>();
  readonly planId = input.required<string>();

  protected readonly allActivity = computed(() => planSectionLink(this.planId(), 'activity').commands);
  protected readonly shown = computed(() => {
    this.translator.language();
    return this.events().map((event) => {
      // A kind of change the activity domain has no sentence for yet still reads as a sentence.
      const key = this.translator.has(sentenceKey(event)) ? sentenceKey(event) : 'dashboard.activity.changed';
      const sentence = this.translator.t(key, { actor: event.actor.name, entity: ENTITY_MARK });
      const [before, after] = splitAtEntity(sentence);
      // A deleted step has no page to go to.
      const link = event.entityType === 'step' && event.action !== 'delete' ? planSectionLink(this.planId(), 'steps', event.entityId).commands : null;
      return { event, before, after, link };
    });
  });
}
