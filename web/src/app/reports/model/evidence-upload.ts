import { HttpEvent, HttpEventType } from '@angular/common/http';

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
