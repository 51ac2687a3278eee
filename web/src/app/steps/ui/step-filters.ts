import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { AreaKey, MemberResponse, Principle, StepStatus } from '../../api/models';
import { AREA_KEYS, PRINCIPLES } from '../../catalogue/model/catalogue-labels';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { STEP_STATUSES } from '../model/step-labels';
import { StepQuery } from '../model/step-query';

/** Filters of the step list; every change resets to the first page. */
@Component({
  selector: 'app-step-filters',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" role="search" [attr.aria-label]="'steps.filters.label' | t" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'steps.filters.search' | t }}</mat-label>
        <input matInput type="search" [formControl]="search" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'steps.filters.area' | t }}</mat-label>
        <mat-select [value]="query().area ?? ''" (valueChange)="changeArea($event)">
          <mat-option value="">{{ 'steps.filters.allAreas' | t }}</mat-option>
          @for (area of areas; track area) {
            <mat-option [value]="area">{{ 'area.' + area | t }} ({{ area }})</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'steps.filters.status' | t }}</mat-label>
        <mat-select [value]="query().status ?? ''" (valueChange)="changeStatus($event)">
          <mat-option value="">{{ 'steps.filters.allStatuses' | t }}</mat-option>
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ 'status.' + status | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'steps.filters.assignee' | t }}</mat-label>
        <mat-select [value]="query().assignee ?? ''" (valueChange)="changeAssignee($event)">
          <mat-option value="">{{ 'steps.filters.anyone' | t }}</mat-option>
          @for (member of members(); track member.userId) {
            <mat-option [value]="member.userId"><span dir="auto">{{ member.name }}</span></mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'steps.filters.principle' | t }}</mat-label>
        <mat-select [value]="query().principle ?? ''" (valueChange)="changePrinciple($event)">
          <mat-option value="">{{ 'steps.filters.allPrinciples' | t }}</mat-option>
          @for (principle of principles; track principle) {
            <mat-option [value]="principle">{{ 'principle.' + principle | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox [checked]="!!query().overdue" (change)="changeOverdue($event.checked)">
        {{ 'steps.filters.overdueOnly' | t }}
      </mat-checkbox>
      <mat-checkbox [checked]="!!query().dueSoon" (change)="changeDueSoon($event.checked)">
        {{ 'steps.filters.dueSoon' | t }}
      </mat-checkbox>
      <button mat-button type="button" (click)="clearFilters()">{{ 'steps.filters.clear' | t }}</button>
    </form>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-block: 1rem; }
    mat-form-field { width: 13rem; }
  `,
})
export class StepFilters {
  readonly query = input.required<StepQuery>();
  /** The plan's members: the people steps can be assigned to. */
  readonly members = input<readonly MemberResponse[]>([]);
  readonly queryChange = output<Partial<StepQuery>>();

  protected readonly areas = AREA_KEYS;
  protected readonly statuses = STEP_STATUSES;
  protected readonly principles = PRINCIPLES;
  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    // Follow the URL (back/forward) without echoing the change back.
    effect(() => {
      const q = this.query().q ?? '';
      if (this.search.value.trim() !== q) this.search.setValue(q, { emitEvent: false });
    });
    this.search.valueChanges
      .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => this.queryChange.emit({ q: q.trim() || undefined, page: 1 }));
  }

  protected changeArea(area: AreaKey | ''): void {
    this.queryChange.emit({ area: area || undefined, page: 1 });
  }

  protected changeStatus(status: StepStatus | ''): void {
    this.queryChange.emit({ status: status || undefined, page: 1 });
  }

  protected changeAssignee(assignee: string): void {
    this.queryChange.emit({ assignee: assignee || undefined, page: 1 });
  }

  protected changePrinciple(principle: Principle | ''): void {
    this.queryChange.emit({ principle: principle || undefined, page: 1 });
  }

  // Overdue (past the due date) and due soon (today to 30 days ahead) never overlap: ticking one unticks the other,
  // rather than leaving a list that is empty by construction.
  protected changeOverdue(overdue: boolean): void {
    this.queryChange.emit(overdue ? { overdue, dueSoon: false, page: 1 } : { overdue, page: 1 });
  }

  protected changeDueSoon(dueSoon: boolean): void {
    this.queryChange.emit(dueSoon ? { dueSoon, overdue: false, page: 1 } : { dueSoon, page: 1 });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    this.queryChange.emit({
      area: undefined, status: undefined, assignee: undefined, overdue: false, dueSoon: false, principle: undefined,
      q: undefined, page: 1,
    });
  }
}
