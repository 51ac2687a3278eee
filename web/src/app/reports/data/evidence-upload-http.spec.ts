import { HttpBackend, HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '../../auth/data/session-store';
import { EVIDENCE_UPLOAD_BACKEND } from './evidence-upload-http';
import { ReportsApi } from './reports-api';

describe('evidence uploads', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // The XHR backend in the app; the testing one here.
        { provide: EVIDENCE_UPLOAD_BACKEND, useExisting: HttpBackend },
        { provide: SessionStore, useValue: { token: () => 'token-123', canRefresh: () => false, clear: () => undefined } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => localStorage.clear());

  it('send the bearer token and report the upload’s progress', () => {
    const percents: number[] = [];
    let done = false;
    const file = new File(['%PDF-1.4'], 'report.pdf', { type: 'application/pdf' });
    TestBed.inject(ReportsApi)
      .uploadFile('p1', 'r1', file)
      .subscribe((event) => {
        if (event.type === HttpEventType.UploadProgress && event.total) percents.push(Math.round((100 * event.loaded) / event.total));
        if (event.type === HttpEventType.Response) done = true;
      });
    const request = backend.expectOne((candidate) => candidate.url.endsWith('/plans/p1/reports/r1/files'));
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request.request.reportProgress).toBe(true);
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.event({ type: HttpEventType.UploadProgress, loaded: 45, total: 100 });
    request.flush({ id: 'r1', files: [] }, { status: 201, statusText: 'Created' });
    expect(percents).toEqual([45]);
    expect(done).toBe(true);
  });
});
