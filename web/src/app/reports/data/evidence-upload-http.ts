import { HttpBackend, HttpClient, HttpXhrBackend } from '@angular/common/http';
import { EnvironmentInjector, inject, Injectable, InjectionToken, runInInjectionContext } from '@angular/core';
import { authInterceptor } from '../../auth/data/auth-interceptor';

/**
 * The backend evidence uploads go through: XMLHttpRequest, the only one that reports an upload's progress (the
 * app's own HttpClient uses fetch). Specs put the testing backend in its place.
 */
export const EVIDENCE_UPLOAD_BACKEND = new InjectionToken<HttpBackend>('EVIDENCE_UPLOAD_BACKEND', {
  providedIn: 'root',
  factory: () => inject(HttpXhrBackend),
});

/**
 * An HttpClient for evidence uploads only: XHR-based so that it reports upload progress, and going through the
 * app's auth interceptor so that it sends the bearer token (and refreshes an ended session) like every other call.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceUploadHttp {
  private readonly injector = inject(EnvironmentInjector);
  private readonly backend = inject(EVIDENCE_UPLOAD_BACKEND);

  readonly client = new HttpClient({
    handle: (request) =>
      runInInjectionContext(this.injector, () => authInterceptor(request, (next) => this.backend.handle(next))),
  });
}
