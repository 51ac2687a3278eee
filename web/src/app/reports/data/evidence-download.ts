import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { EvidenceFileResponse } from '../../api/models';
import { ReportsApi } from './reports-api';

/**
 * Saves an evidence file on the reader's device. The download needs the bearer token, so the file is fetched with
 * HttpClient and handed to the browser as a temporary object URL under its stored name.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceDownload {
  private readonly reportsApi = inject(ReportsApi);
  private readonly document = inject(DOCUMENT);

  save(planId: string, reportId: string, file: EvidenceFileResponse): Observable<void> {
    return this.reportsApi.downloadFile(planId, reportId, file.id).pipe(
      map((blob) => {
        const url = URL.createObjectURL(blob);
        const link = this.document.createElement('a');
        link.href = url;
        link.download = file.fileName;
        link.hidden = true;
        this.document.body.appendChild(link);
        link.click();
        link.remove();
        // The browser has taken the file once the click has been handled.
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }),
    );
  }
}
