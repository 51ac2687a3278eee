import { inject, Pipe, PipeTransform } from '@angular/core';
import { Translator } from '../../i18n/data/translator';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { formatProgress } from '../model/progress-text';

/** `{{ indicator.baseline | decimal }}`: a decimal string in the active language, exactly. */
@Pipe({ name: 'decimal', pure: false })
export class IndicatorValuePipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(value: string | null | undefined): string {
    return formatDecimal(value, this.translator.language());
  }
}

/** `{{ indicator.progressToTarget | progress }}`: 62.5 → "62.5%" (the server's percentage, up to one decimal). */
@Pipe({ name: 'progress', pure: false })
export class ProgressPipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(value: number | null | undefined): string {
    return formatProgress(value, this.translator.language());
  }
}
