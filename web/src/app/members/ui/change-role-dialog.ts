import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { MemberResponse, Role } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { ROLES } from '../model/roles';

export interface ChangeRoleDialogData {
  member: MemberResponse;
}

/** Picks a member's new role, each explained; closes with the role chosen (nothing when unchanged). */
@Component({
  selector: 'app-change-role-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title dir="auto">{{ 'members.changeRole.title' | t: { name: data.member.name } }}</h2>
    <form (submit)="$event.preventDefault(); changeRole()">
      <mat-dialog-content>
        <fieldset>
          <legend>{{ 'members.invite.role' | t }}</legend>
          <mat-radio-group [formControl]="role" class="roles">
            @for (option of roles; track option) {
              <mat-radio-button [value]="option">
                <strong>{{ 'role.' + option | t }}</strong> — {{ 'members.roleHelp.' + option | t }}
              </mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit">{{ 'members.changeRole.submit' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    fieldset { border: none; padding: 0; margin: 0; }
    legend { font-weight: 500; margin-block-end: 0.25rem; }
    .roles { display: flex; flex-direction: column; gap: 0.25rem; }
  `,
})
export class ChangeRoleDialog {
  protected readonly data = inject<ChangeRoleDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<ChangeRoleDialog, Role>);
  protected readonly roles = ROLES;
  protected readonly role = new FormControl<Role>(this.data.member.role, { nonNullable: true });

  protected changeRole(): void {
    this.dialogRef.close(this.role.value === this.data.member.role ? undefined : this.role.value);
  }
}
