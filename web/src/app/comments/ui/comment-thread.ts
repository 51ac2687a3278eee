import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { CommentResponse, MemberResponse, PlanResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { MembersApi } from '../../members/data/members-api';
import { fieldErrorMessage } from '../../shell/forms/server-errors';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { CommentsApi } from '../data/comments-api';
import { canComment, canDeleteComment, canEditComment, mentionedIds } from '../model/comment-rules';

const MAX_LENGTH = 5000;

/** A step's discussion: the comments, oldest first, and a field to add one. */
@Component({
  selector: 'app-comment-thread',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatMenuModule, MatProgressSpinnerModule,
    TranslatePipe, MessagePipe, DateTimePipe, Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-thread.html',
  styleUrl: './comment-thread.scss',
})
export class CommentThread {
  private readonly commentsApi = inject(CommentsApi);
  private readonly membersApi = inject(MembersApi);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();
  readonly stepId = input.required<string>();
  readonly plan = input<PlanResponse | null>(null);
  readonly userId = input<string | null>(null);

  protected readonly maxLength = MAX_LENGTH;
  protected readonly comments = signal<CommentResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly posting = signal(false);
  protected readonly newComment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MAX_LENGTH), Validators.pattern(/\S/)],
  });
  protected readonly postError = signal<ApiError | null>(null);

  /** The comment being edited, its text, and what went wrong saving it. */
  protected readonly editingId = signal<string | null>(null);
  protected readonly editText = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MAX_LENGTH), Validators.pattern(/\S/)],
  });
  protected readonly editError = signal<ApiError | null>(null);
  /** Set when someone else changed the comment being edited: the text as it is now. */
  protected readonly editConflict = signal<CommentResponse | null>(null);
  protected readonly savingEdit = signal(false);
  protected readonly deleteError = signal<ApiError | null>(null);

  private readonly newCommentField = viewChild<ElementRef<HTMLTextAreaElement>>('newCommentField');

  private readonly membersResource = rxResource({
    params: () => (canComment(this.plan()) ? { planId: this.planId() } : undefined),
    stream: ({ params }) => this.membersApi.members(params.planId),
  });
  protected readonly members = computed<MemberResponse[]>(() =>
    this.membersResource.hasValue() ? this.membersResource.value().items : [],
  );

  protected readonly canPost = computed(() => canComment(this.plan()));
  protected readonly postErrorKey = computed(() => {
    const error = this.postError();
    return error ? errorSummaryKey(error) : null;
  });

  constructor() {
    effect(() => this.load(this.planId(), this.stepId()));
  }

  /** Reloads the thread (after someone else commented). */
  reload(): void {
    this.load(this.planId(), this.stepId(), true);
  }

  protected canEdit(comment: CommentResponse): boolean {
    return canEditComment(comment, this.userId());
  }

  protected canDelete(comment: CommentResponse): boolean {
    return canDeleteComment(comment, this.plan(), this.userId());
  }

  protected errorKey(error: ApiError): string {
    return errorSummaryKey(error);
  }

  protected serverFieldMessage(error: ApiError) {
    const fieldError = error.fieldErrors[0];
    return fieldError ? fieldErrorMessage(fieldError, 'comments.field') : null;
  }

  protected insertMention(member: MemberResponse): void {
    const field = this.newCommentField()?.nativeElement;
    const text = this.newComment.value;
    const mention = `@${member.name} `;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const spacer = before.length > 0 && !/\s$/.test(before) ? ' ' : '';
    this.newComment.setValue(before + spacer + mention + text.slice(end));
    this.newComment.markAsDirty();
    const caret = before.length + spacer.length + mention.length;
    setTimeout(() => {
      field?.focus();
      field?.setSelectionRange(caret, caret);
    }, 0);
  }

  protected postComment(): void {
    if (this.newComment.invalid) {
      this.newComment.markAsTouched();
      return;
    }
    const body = this.newComment.value.trim();
    this.posting.set(true);
    this.postError.set(null);
    this.commentsApi
      .create(this.planId(), this.stepId(), { body, mentionIds: mentionedIds(body, this.members()) })
      .subscribe({
        next: (comment) => {
          this.posting.set(false);
          this.comments.update((items) => [...items, comment]);
          this.newComment.reset('');
          void this.announcer.announce(this.translator.t('comments.posted'));
        },
        error: (error: unknown) => {
          this.posting.set(false);
          this.postError.set(toApiError(error));
          this.newComment.markAsTouched();
        },
      });
  }

  protected startEdit(comment: CommentResponse): void {
    this.editingId.set(comment.id);
    this.editText.reset(comment.body ?? '');
    this.editError.set(null);
    this.editConflict.set(null);
    setTimeout(() => this.document.getElementById(`edit-comment-${comment.id}`)?.focus(), 0);
  }

  protected cancelEdit(): void {
    const id = this.editingId();
    this.editingId.set(null);
    this.editConflict.set(null);
    this.editError.set(null);
    if (id) setTimeout(() => this.document.getElementById(`edit-button-${id}`)?.focus(), 0);
  }

  protected saveEdit(comment: CommentResponse): void {
    if (this.editText.invalid) {
      this.editText.markAsTouched();
      return;
    }
    const base = this.editConflict() ?? comment;
    this.savingEdit.set(true);
    this.editError.set(null);
    this.commentsApi
      .update(this.planId(), this.stepId(), comment.id, { body: this.editText.value.trim(), version: base.version })
      .subscribe({
        next: (saved) => {
          this.savingEdit.set(false);
          this.replace(saved);
          this.editingId.set(null);
          this.editConflict.set(null);
          void this.announcer.announce(this.translator.t('comments.edited'));
          setTimeout(() => this.document.getElementById(`edit-button-${saved.id}`)?.focus(), 0);
        },
        error: (error: unknown) => {
          this.savingEdit.set(false);
          const apiError = toApiError(error);
          const current = apiError.current as CommentResponse | undefined;
          if (apiError.status === 409 && current && typeof current === 'object' && 'version' in current) {
            this.editConflict.set(current);
            this.replace(current);
            void this.announcer.announce(this.translator.t('comments.conflict'), 'assertive');
            return;
          }
          this.editError.set(apiError);
          this.editText.markAsTouched();
        },
      });
  }

  protected deleteComment(comment: CommentResponse): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'comments.delete.title',
          messageKey: 'comments.delete.message',
          confirmKey: 'comments.delete.confirm',
          params: { name: comment.author.name },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.deleteError.set(null);
        this.commentsApi.delete(this.planId(), this.stepId(), comment.id).subscribe({
          next: () => {
            this.replace({ ...comment, body: null, deletedAt: new Date().toISOString() });
            void this.announcer.announce(this.translator.t('comments.deleted'));
            // The Delete button is gone with the comment's text: keep focus in the discussion.
            setTimeout(() => this.document.getElementById('discussion-heading')?.focus(), 0);
            this.load(this.planId(), this.stepId(), true);
          },
          error: (error: unknown) => this.deleteError.set(toApiError(error)),
        });
      });
  }

  private replace(comment: CommentResponse): void {
    this.comments.update((items) => items.map((item) => (item.id === comment.id ? comment : item)));
  }

  private load(planId: string, stepId: string, quietly = false): void {
    if (!quietly) {
      this.loading.set(true);
      this.comments.set([]);
    }
    this.loadError.set(null);
    this.commentsApi.list(planId, stepId).subscribe({
      next: (response) => {
        this.loading.set(false);
        this.comments.set(response.items);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(toApiError(error));
      },
    });
  }
}
