import { inject, Pipe, PipeTransform } from '@angular/core';
import { Translator } from './data/translator';

/** `{{ 'plans.title' | t }}` or `{{ 'plans.stepCount' | t: { count: 3 } }}`. Impure: follows the language signal. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(key: string, params?: Record<string, unknown>): string {
    return this.translator.t(key, params);
  }
}
