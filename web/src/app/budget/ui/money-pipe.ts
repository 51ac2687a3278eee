import { inject, Pipe, PipeTransform } from '@angular/core';
import { Translator } from '../../i18n/data/translator';
import { currencyName, formatMoney } from '../model/money';

/** `{{ line.planned | money: line.currency }}`: a decimal-string amount in the active language, exactly. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(amount: string | null | undefined, currency: string): string {
    return formatMoney(amount, currency, this.translator.language());
  }
}

/** `{{ 'USD' | currencyName }}`: "US dollar" in the active language. */
@Pipe({ name: 'currencyName', pure: false })
export class CurrencyNamePipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(code: string): string {
    return currencyName(code, this.translator.language());
  }
}
