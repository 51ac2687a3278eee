import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, ElementRef, inject, input, output, signal, untracked, viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { concatMap, Observable, of } from 'rxjs';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { EvidenceFileResponse, FieldError, ReportResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatPercent } from '../../i18n/model/format';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { applyServerErrors } from '../../shell/forms/server-errors';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { STEP_STATUSES } from '../../steps/model/step-labels';
import { ReportsApi } from '../data/reports-api';
import { carriesFiles, droppedFiles, uploadErrorKey, uploadPercent } from '../model/evidence-upload';
import { acceptedEvidenceName, EVIDENCE_ACCEPT } from '../model/file-size';
import { currentReport, reportConflictKind } from '../model/report-conflict';
import {
  compareReports, createLinkGroup, createReportForm, MAX_LINKS, rebaseReport, REPORT_FIELD_LABELS, ReportChanges,
  reportChanges, ReportField, ReportFieldComparison, reportToFormValue, resetReportForm, TEXT_LIMITS,
} from '../model/report-form';
import { EvidenceFileList } from './evidence-file-list';

interface ReportConflict {
  mine: ReportChanges;
  current: ReportResponse;
  rows: ReportFieldComparison[];
}

interface Upload {
  fileName: string;
  /** 0–100 when the browser reports the upload's progress; null while it only says "busy". */
  percent: number | null;
}

/**
 * Writes a draft or returned report: what was reported, links and evidence files; saves it as a draft or submits
 * it for review. A save based on an older version shows both versions and lets the writer re-apply.
 */
@Component({
  selector: 'app-report-editor',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule,
    MatProgressSpinnerModule, MatSelectModule, TranslatePipe, MessagePipe, Icon, ServerErrorLines, EvidenceFileList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-editor.html',
  styleUrl: './report-editor.scss',
})
export class ReportEditor {
  private readonly reportsApi = inject(ReportsApi);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();
  readonly report = input.required<ReportResponse>();
  /** The report as saved after a change here (fields, files, submission). */
  readonly changed = output<ReportResponse>();
  /** The report stopped being open to changes meanwhile (submitted or approved elsewhere): as it is now. */
  readonly closedElsewhere = output<ReportResponse>();

  protected readonly statuses = STEP_STATUSES;
  protected readonly limits = TEXT_LIMITS;
  protected readonly maxLinks = MAX_LINKS;
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly fieldLabels = REPORT_FIELD_LABELS;

  /** The saved copy the form is based on; its version goes with the next save. */
  protected readonly base = signal<ReportResponse | null>(null);
  protected readonly form = createReportForm({ status: 'not_started', progress: 0, narrative: '', blockers: '', nextSteps: '', links: [] });
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly conflict = signal<ReportConflict | null>(null);
  protected readonly upload = signal<Upload | null>(null);
  protected readonly fileError = signal<{ key: string; message?: string } | null>(null);
  /** Files dragged over the drop zone. */
  protected readonly dragging = signal(false);
  /** "Uploading report.pdf — 45%", for the progress bar's label and beside it. */
  protected readonly uploadLabel = computed(() => {
    const upload = this.upload();
    if (!upload) return '';
    return upload.percent === null
      ? this.translator.t('reports.files.uploading', { name: upload.fileName })
      : this.translator.t('reports.files.uploadingPercent', {
          name: upload.fileName,
          percent: formatPercent(upload.percent, this.translator.language()),
        });
  });
  /** Files chosen or dropped together, waiting for the one before them. */
  private queue: File[] = [];
  protected readonly saveErrorKey = computed(() => {
    const error = this.saveError();
    return error ? errorSummaryKey(error) : null;
  });
  protected readonly idPrefix = computed(() => `report-${this.report().id}`);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  constructor() {
    effect(() => {
      const report = this.report();
      untracked(() => this.adopt(report));
    });
    effect(() => {
      if (this.conflict()) this.form.disable({ emitEvent: false });
      else this.form.enable({ emitEvent: false });
    });
  }

  protected addLink(): void {
    if (this.form.controls.links.length >= MAX_LINKS) return;
    this.form.controls.links.push(createLinkGroup());
    this.form.markAsDirty();
    const index = this.form.controls.links.length - 1;
    setTimeout(() => this.document.getElementById(`${this.idPrefix()}-link-url-${index}`)?.focus(), 0);
  }

  protected removeLink(index: number): void {
    this.form.controls.links.removeAt(index);
    this.form.markAsDirty();
    void this.announcer.announce(this.translator.t('reports.links.removed'));
    setTimeout(() => this.document.getElementById(`${this.idPrefix()}-add-link`)?.focus(), 0);
  }

  /** Saves the draft (Save button, or Enter in a field). */
  protected save(): void {
    const base = this.base();
    if (!base || this.saving()) return;
    if (!this.validate()) return;
    const changes = reportChanges(base, this.form.getRawValue());
    if (Object.keys(changes).length === 0) {
      void this.announcer.announce(this.translator.t('reports.editor.noChanges'));
      return;
    }
    this.send(base, changes, false);
  }

  protected submit(): void {
    const base = this.base();
    if (!base || this.saving()) return;
    if (!this.validate()) return;
    this.send(base, reportChanges(base, this.form.getRawValue()), true);
  }

  protected useTheirVersion(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    this.show(conflict.current);
    this.changed.emit(conflict.current);
    void this.announcer.announce(this.translator.t('reports.conflict.usedTheirs'));
    this.focus(`${this.idPrefix()}-status`);
  }

  protected reapplyMyChanges(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    const { formValue, changes } = rebaseReport(conflict.mine, conflict.current);
    this.conflict.set(null);
    this.base.set(conflict.current);
    resetReportForm(this.form, formValue);
    if (Object.keys(changes).length === 0) {
      void this.announcer.announce(this.translator.t('reports.editor.noChanges'));
      return;
    }
    this.form.markAsDirty();
    this.send(conflict.current, changes, false);
  }

  protected displayValue(row: ReportFieldComparison, value: unknown): string {
    return this.display(row.field, value);
  }

  protected chooseFile(): void {
    if (this.upload()) return;
    this.fileInput()?.nativeElement.click();
  }

  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    this.enqueue(files);
  }

  protected dragOver(event: DragEvent): void {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected dragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement | null;
    // Moving over the zone's own text or button is not leaving it.
    if (zone && event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging.set(false);
  }

  /** Dropped files are uploaded one after another, in their order. */
  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.enqueue(droppedFiles(event.dataTransfer));
  }

  private enqueue(files: File[]): void {
    if (!files.length || !this.base()) return;
    this.fileError.set(null);
    this.queue.push(...files);
    if (!this.upload()) this.uploadNext();
  }

  private uploadNext(): void {
    const base = this.base();
    const file = this.queue.shift();
    if (!file || !base) {
      this.queue = [];
      return;
    }
    if (!acceptedEvidenceName(file.name)) {
      this.fileError.set({ key: 'reports.files.typeNotAccepted' });
      void this.announcer.announce(this.translator.t('reports.files.typeNotAccepted'), 'assertive');
      this.uploadNext();
      return;
    }
    this.upload.set({ fileName: file.name, percent: null });
    void this.announcer.announce(this.translator.t('reports.files.uploading', { name: file.name }));
    this.reportsApi.uploadFile(this.planId(), base.id, file).subscribe({
      next: (event) => {
        const percent = uploadPercent(event);
        if (percent !== null) {
          this.upload.set({ fileName: file.name, percent });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.upload.set(null);
          this.takeFiles(event.body);
          void this.announcer.announce(this.translator.t('reports.files.uploaded', { name: file.name }));
          if (this.queue.length) this.uploadNext();
          else this.focus(`${this.idPrefix()}-attach`);
        }
      },
      error: (error: unknown) => {
        this.upload.set(null);
        this.queue = [];
        const apiError = toApiError(error);
        const current = currentReport(apiError);
        if (current && reportConflictKind(apiError) === 'state') {
          this.closedElsewhere.emit(current);
          return;
        }
        const key = uploadErrorKey(apiError);
        this.fileError.set({ key, message: apiError.fieldErrors[0]?.message ?? apiError.message });
        void this.announcer.announce(this.translator.t(key, { name: file.name }), 'assertive');
        this.focus(`${this.idPrefix()}-attach`);
      },
    });
  }

  protected deleteFile(file: EvidenceFileResponse): void {
    const base = this.base();
    if (!base) return;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'reports.files.deleteTitle',
          messageKey: 'reports.files.deleteMessage',
          confirmKey: 'reports.files.deleteConfirm',
          params: { name: file.fileName },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.fileError.set(null);
        this.reportsApi.deleteFile(this.planId(), base.id, file.id).subscribe({
          next: (report) => {
            this.takeFiles(report);
            void this.announcer.announce(this.translator.t('reports.files.deleted', { name: file.fileName }));
            // The file's buttons went with it: the focus goes to "Attach a file".
            this.focus(`${this.idPrefix()}-attach`);
          },
          error: (error: unknown) => {
            const apiError = toApiError(error);
            const current = currentReport(apiError);
            if (current && reportConflictKind(apiError) === 'state') {
              this.closedElsewhere.emit(current);
              return;
            }
            this.fileError.set({ key: errorSummaryKey(apiError), message: apiError.message });
          },
        });
      });
  }

  private validate(): boolean {
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    void this.announcer.announce(this.translator.t('validation.fixErrors'), 'assertive');
    const form = this.document.getElementById(`${this.idPrefix()}-form`);
    form?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')?.focus();
    return false;
  }

  private send(base: ReportResponse, changes: ReportChanges, andSubmit: boolean): void {
    this.saving.set(true);
    this.saveError.set(null);
    this.unmatchedErrors.set([]);
    const saved$: Observable<ReportResponse> = Object.keys(changes).length
      ? this.reportsApi.update(this.planId(), base.id, { ...changes, version: base.version })
      : of(base);
    saved$
      .pipe(
        concatMap((saved) => {
          // Saved: the form is now based on this version, whatever happens to the submission.
          this.show(saved);
          return andSubmit ? this.reportsApi.submit(this.planId(), saved.id) : of(saved);
        }),
      )
      .subscribe({
        next: (report) => {
          this.saving.set(false);
          this.show(report);
          this.changed.emit(report);
          void this.announcer.announce(this.translator.t(andSubmit ? 'reports.editor.submitted' : 'reports.editor.saved'));
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const apiError = toApiError(error);
          const current = currentReport(apiError);
          const kind = reportConflictKind(apiError);
          if (current && kind === 'state') {
            this.closedElsewhere.emit(current);
            return;
          }
          if (current && kind === 'version') {
            this.conflict.set({ mine: changes, current, rows: compareReports(base, changes, current) });
            void this.announcer.announce(this.translator.t('reports.conflict.title'), 'assertive');
            this.focus(`${this.idPrefix()}-conflict`);
            return;
          }
          this.saveError.set(apiError);
          this.unmatchedErrors.set(applyServerErrors(this.form, apiError, REPORT_FIELD_LABELS));
        },
      });
  }

  /** Takes a newer copy from outside unless the writer has unsaved changes (a save then meets the conflict). */
  private adopt(report: ReportResponse): void {
    const base = this.base();
    if (!base || base.id !== report.id) {
      this.conflict.set(null);
      this.show(report);
      return;
    }
    if (report.version === base.version) {
      this.base.set(report);
      return;
    }
    if (report.version > base.version && !this.form.dirty && !this.saving() && !this.conflict()) this.show(report);
  }

  /** A new list of files changes nothing else: keep the form (and any unsaved text) as it is. */
  private takeFiles(report: ReportResponse): void {
    const base = this.base();
    this.base.set(base && base.version === report.version ? { ...base, files: report.files } : report);
    this.changed.emit(report);
  }

  private show(report: ReportResponse): void {
    this.base.set(report);
    resetReportForm(this.form, reportToFormValue(report));
  }

  private focus(id: string): void {
    setTimeout(() => this.document.getElementById(id)?.focus(), 0);
  }

  private display(field: ReportField, value: unknown): string {
    const t = (key: string) => this.translator.t(key);
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.none');
    switch (field) {
      case 'status': return t('status.' + String(value));
      case 'progress': return formatPercent(Number(value), this.translator.language());
      case 'links': return (value as { url: string; label?: string }[]).map((link) => (link.label ? `${link.label} (${link.url})` : link.url)).join(', ');
      default: return String(value);
    }
  }
}
