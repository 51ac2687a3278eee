import { computed, inject, Injectable, linkedSignal, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Observable, tap } from 'rxjs';
import { toApiError } from '../../api/api-error';
import { ShareLinkResponse } from '../../api/models';
import { ShareLinksApi } from './share-links-api';

/** The share links of one plan, loaded only for its owners (the only ones allowed to see them). */
@Injectable()
export class ShareLinksStore {
  private readonly shareLinksApi = inject(ShareLinksApi);
  private readonly source = signal<{ planId: Signal<string>; isOwner: Signal<boolean> } | undefined>(undefined);

  private readonly resource = rxResource({
    params: () => {
      const source = this.source();
      return source?.isOwner() ? { planId: source.planId() } : undefined;
    },
    stream: ({ params }) => this.shareLinksApi.list(params.planId),
  });

  /** The server's list, then the links this page created or revoked since, without another round trip. */
  readonly links = linkedSignal<ShareLinkResponse[]>(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly loading = this.resource.isLoading;
  readonly loaded = computed(() => this.resource.hasValue());
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));

  connect(planId: Signal<string>, isOwner: Signal<boolean>): void {
    this.source.set({ planId, isOwner });
  }

  /** A link just created goes first, as the server's list has the newest first. */
  add(link: ShareLinkResponse): void {
    this.links.update((links) => [link, ...links.filter((item) => item.id !== link.id)]);
  }

  revoke(planId: string, linkId: string): Observable<ShareLinkResponse> {
    return this.shareLinksApi.revoke(planId, linkId).pipe(
      tap((revoked) => this.links.update((links) => links.map((link) => (link.id === revoked.id ? revoked : link)))),
    );
  }

  reload(): void {
    this.resource.reload();
  }
}
