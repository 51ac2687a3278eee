import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Language } from '../../api/models';
import { LANGUAGES } from '../model/languages';
import { TranslatePipe } from '../translate-pipe';

/** The language picker: each language listed by its own name, marked with its own lang. */
@Component({
  selector: 'app-language-switch',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="language-field" subscriptSizing="dynamic" appearance="outline">
      <mat-label>{{ 'language.label' | t }}</mat-label>
      <mat-select [value]="language()" (valueChange)="languageChange.emit($event)">
        @for (option of languages; track option.code) {
          <mat-option [value]="option.code" [attr.lang]="option.code" [attr.dir]="option.dir">
            {{ option.nativeName }}
          </mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    .language-field { width: 10rem; padding-top: 0.5rem; }
  `,
})
export class LanguageSwitch {
  readonly language = input.required<Language>();
  readonly languageChange = output<Language>();
  protected readonly languages = LANGUAGES;
}
