import { inject, Pipe, PipeTransform } from '@angular/core';
import { Translator } from '../../i18n/data/translator';
import { periodLabel, PeriodWording } from '../model/reporting-periods';

/**
 * `{{ report.period | period }}`: "Q1 2027", "First half of 2027", "March 2027"… in the active language;
 * `{{ measurement.period | period: 'short' }}` says halves briefly ("H1 2027").
 */
@Pipe({ name: 'period', pure: false })
export class PeriodPipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(period: string | null | undefined, wording: PeriodWording = 'long'): string {
    if (!period) return '';
    return periodLabel(period, this.translator.language(), (key, params) => this.translator.t(key, params), wording);
  }
}
