import { inject, Pipe, PipeTransform } from '@angular/core';
import { Translator } from './data/translator';
import { formatDateTime, formatDay, formatNumber, formatPercent } from './model/format';

/** `{{ plan.startDate | day }}`: an API date in the active language. */
@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(value: string | null | undefined): string {
    return formatDay(value, this.translator.language());
  }
}

/** `{{ count | num }}` */
@Pipe({ name: 'num', pure: false })
export class NumberPipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(value: number | null | undefined): string {
    return formatNumber(value, this.translator.language());
  }
}

/** `{{ progress | percent100 }}` for a 0–100 value. */
@Pipe({ name: 'percent100', pure: false })
export class PercentPipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(value: number | null | undefined): string {
    return formatPercent(value, this.translator.language());
  }
}

/** `{{ event.createdAt | dateTime }}`: a moment, in the user's time zone and the active language. */
@Pipe({ name: 'dateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly translator = inject(Translator);
  transform(value: string | null | undefined): string {
    return formatDateTime(value, this.translator.language());
  }
}
