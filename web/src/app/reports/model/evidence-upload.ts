import { HttpEvent, HttpEventType } from '@angular/common/http';
import { ApiError, errorSummaryKey } from '../../api/api-error';

/** 0–100 for an upload-progress event whose total is known; null for any other event. */
export function uploadPercent(event: HttpEvent<unknown>): number | null {
  if (event.type !== HttpEventType.UploadProgress || !event.total) return null;
  return Math.min(100, Math.max(0, Math.round((100 * event.loaded) / event.total)));
}

/** Whether a drag carries files (not text or a link dragged from the page). */
export function carriesFiles(transfer: DataTransfer | null | undefined): boolean {
  return !!transfer && Array.from(transfer.types ?? []).includes('Files');
}

/** The files dropped, in their order; none when the drop held no files. */
export function droppedFiles(transfer: DataTransfer | null | undefined): File[] {
  return transfer?.files ? Array.from(transfer.files) : [];
}

/**
 * What to tell the person whose upload failed. A full store (507) and a store failing for now (503)
 * are not their doing: say that nothing was saved, and whether trying again soon can help.
 */
export function uploadErrorKey(error: ApiError): string {
  switch (error.status) {
    case 400: return 'reports.files.notAccepted';
    case 413: return 'reports.files.tooLarge';
    case 503: return 'reports.files.storeUnavailable';
    case 507: return 'reports.files.storeFull';
    default: return errorSummaryKey(error);
  }
}
