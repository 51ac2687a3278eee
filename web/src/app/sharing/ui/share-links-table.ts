import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ShareLinkResponse } from '../../api/models';
import { DateTimePipe, NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';

/** A plan's share links: who each is for, what it shows, who made it, until when, how much it is used, and its state. */
@Component({
  selector: 'app-share-links-table',
  imports: [MatButtonModule, TranslatePipe, DateTimePipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="share-links-caption">
      <table class="data-table">
        <caption id="share-links-caption" class="visually-hidden">{{ 'sharing.table.caption' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'sharing.columns.name' | t }}</th>
            <th scope="col">{{ 'sharing.columns.tier' | t }}</th>
            <th scope="col">{{ 'sharing.columns.createdBy' | t }}</th>
            <th scope="col">{{ 'sharing.columns.expires' | t }}</th>
            <th scope="col">{{ 'sharing.columns.lastOpened' | t }}</th>
            <th scope="col">{{ 'sharing.columns.opens' | t }}</th>
            <th scope="col">{{ 'sharing.columns.state' | t }}</th>
            <th scope="col"><span class="visually-hidden">{{ 'sharing.columns.actions' | t }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (link of links(); track link.id) {
            <tr>
              <th scope="row" dir="auto">{{ link.name }}</th>
              <td>
                {{ 'sharing.tier.' + link.tier | t }}
                @if (link.tier === 'donor') {
                  <span class="muted">· {{ (link.showNames ? 'sharing.names.shown' : 'sharing.names.hidden') | t }}</span>
                }
              </td>
              <td>
                <bdi>{{ link.createdBy.name }}</bdi>
                <span class="muted when">{{ link.createdAt | dateTime }}</span>
              </td>
              <td>{{ link.expiresAt ? (link.expiresAt | dateTime) : ('sharing.neverExpires' | t) }}</td>
              <td>{{ link.lastOpenedAt ? (link.lastOpenedAt | dateTime) : ('sharing.neverOpened' | t) }}</td>
              <td>{{ link.openCount | num }}</td>
              <td>
                <span class="chip" [class]="'chip state-' + link.state">{{ 'sharing.state.' + link.state | t }}</span>
                @if (link.revokedAt) {
                  <span class="muted when">{{ link.revokedAt | dateTime }}</span>
                }
              </td>
              <td>
                @if (link.state === 'active') {
                  <button mat-stroked-button type="button" (click)="revoke.emit(link)"
                    [attr.aria-label]="'sharing.revoke.actionFor' | t: { name: link.name }">
                    {{ 'sharing.revoke.action' | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .table-scroll:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    /* A row's header is a cell of the body: the body's thin line under it, not the column headers' thick one. */
    th[scope='row'] { font-weight: 500; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .when { display: block; font-size: 0.85em; }
    .chip.state-active { background: #d7f0dc; color: #0d3b1a; border-color: #6aa57a; }
    .chip.state-revoked { background: #ececec; color: #333; border-color: #999; }
    .chip.state-expired { background: #fff1d6; color: #5a3a00; border-color: #c9a24a; }
  `,
})
export class ShareLinksTable {
  readonly links = input.required<readonly ShareLinkResponse[]>();
  /** Asked to revoke a link (the page confirms first). */
  readonly revoke = output<ShareLinkResponse>();
}
