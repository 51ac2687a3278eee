import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { EvidenceFileResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { EvidenceDownload } from '../data/evidence-download';
import { formatFileSize } from '../model/file-size';

/** A report's evidence files: each downloadable; deletable by its writers while the report is open. */
@Component({
  selector: 'app-evidence-file-list',
  imports: [MatButtonModule, TranslatePipe, DateTimePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (files().length === 0) {
      <p class="muted">{{ 'reports.files.none' | t }}</p>
    } @else {
      <ul class="files">
        @for (file of files(); track file.id) {
          <li>
            <span class="name" dir="auto">{{ file.fileName }}</span>
            <span class="muted">
              {{ size(file.sizeBytes) }} · {{ 'reports.files.uploadedBy' | t: { name: file.uploadedBy.name } }} ·
              {{ file.uploadedAt | dateTime }}
            </span>
            <span class="file-actions">
              <button mat-stroked-button type="button" (click)="download(file)" [attr.aria-busy]="downloading() === file.id"
                [attr.aria-label]="'reports.files.downloadFile' | t: { name: file.fileName }">
                {{ (downloading() === file.id ? 'reports.files.downloading' : 'reports.files.download') | t }}
              </button>
              @if (canDelete()) {
                <button mat-stroked-button type="button" (click)="delete.emit(file)" [id]="'delete-file-' + file.id"
                  [attr.aria-label]="'reports.files.deleteFile' | t: { name: file.fileName }">
                  <app-icon name="delete" />{{ 'reports.files.delete' | t }}
                </button>
              }
            </span>
          </li>
        }
      </ul>
    }
    <div role="alert">
      @if (downloadError(); as error) {
        <p class="error-text">{{ 'reports.files.downloadFailed' | t }} {{ errorKey(error) | t }}</p>
      }
    </div>
  `,
  styles: `
    .files { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-direction: column; gap: 0.5rem; }
    li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
    .name { font-weight: 500; overflow-wrap: anywhere; }
    .file-actions { display: inline-flex; gap: 0.5rem; flex-wrap: wrap; }
  `,
})
export class EvidenceFileList {
  private readonly evidence = inject(EvidenceDownload);
  private readonly translator = inject(Translator);

  readonly planId = input.required<string>();
  readonly reportId = input.required<string>();
  readonly files = input.required<readonly EvidenceFileResponse[]>();
  readonly canDelete = input(false);
  /** Asks to delete a file; the parent confirms and deletes. */
  readonly delete = output<EvidenceFileResponse>();

  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadError = signal<ApiError | null>(null);
  private readonly language = computed(() => this.translator.language());

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.language());
  }

  protected errorKey(error: ApiError): string {
    return errorSummaryKey(error);
  }

  protected download(file: EvidenceFileResponse): void {
    if (this.downloading() === file.id) return;
    this.downloading.set(file.id);
    this.downloadError.set(null);
    this.evidence.save(this.planId(), this.reportId(), file).subscribe({
      next: () => this.downloading.set(null),
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadError.set(toApiError(error));
      },
    });
  }
}
