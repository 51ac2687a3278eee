import { HttpEventType, HttpHeaders, HttpResponse } from '@angular/common/http';
import { carriesFiles, droppedFiles, uploadErrorKey, uploadPercent } from './evidence-upload';

function transfer(files: File[], types = files.length ? ['Files'] : ['text/plain']): DataTransfer {
  return { files: files as unknown as FileList, types } as unknown as DataTransfer;
}

describe('uploadPercent', () => {
  it('turns upload progress into a whole percentage', () => {
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 45, total: 100 })).toBe(45);
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 1, total: 3 })).toBe(33);
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 3, total: 3 })).toBe(100);
  });

  it('says nothing when the total is unknown or the event is not upload progress', () => {
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 10 })).toBeNull();
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 0, total: 0 })).toBeNull();
    expect(uploadPercent({ type: HttpEventType.DownloadProgress, loaded: 5, total: 10 })).toBeNull();
    expect(uploadPercent({ type: HttpEventType.Sent })).toBeNull();
    expect(uploadPercent(new HttpResponse({ body: {}, headers: new HttpHeaders() }))).toBeNull();
  });

  it('stays within 0–100', () => {
    expect(uploadPercent({ type: HttpEventType.UploadProgress, loaded: 120, total: 100 })).toBe(100);
  });
});

describe('dropped files', () => {
  const a = new File(['a'], 'a.pdf', { type: 'application/pdf' });
  const b = new File(['b'], 'b.csv', { type: 'text/csv' });

  it('keeps the files of a drop in their order', () => {
    expect(droppedFiles(transfer([a, b])).map((file) => file.name)).toEqual(['a.pdf', 'b.csv']);
  });

  it('finds none in a drop of text or without a transfer', () => {
    expect(droppedFiles(transfer([]))).toEqual([]);
    expect(droppedFiles(null)).toEqual([]);
  });

  it('tells a drag of files from a drag of text', () => {
    expect(carriesFiles(transfer([a]))).toBe(true);
    expect(carriesFiles(transfer([]))).toBe(false);
    expect(carriesFiles(undefined)).toBe(false);
  });
});

describe('uploadErrorKey', () => {
  const failed = (status: number) => uploadErrorKey({ status, code: '', message: '', fieldErrors: [] });

  it('says the store is full (507) or failing for now (503), not that something went wrong', () => {
    expect(failed(507)).toBe('reports.files.storeFull');
    expect(failed(503)).toBe('reports.files.storeUnavailable');
  });

  it('keeps the messages for refused and too large files, and the general ones otherwise', () => {
    expect(failed(400)).toBe('reports.files.notAccepted');
    expect(failed(413)).toBe('reports.files.tooLarge');
    expect(failed(500)).toBe('errors.server');
    expect(failed(0)).toBe('errors.network');
  });
});
