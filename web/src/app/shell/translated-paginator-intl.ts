import { effect, inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Translator } from '../i18n/data/translator';
import { formatNumber } from '../i18n/model/format';

/** mat-paginator's labels through the translation layer. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translator = inject(Translator);

  constructor() {
    super();
    effect(() => {
      const t = (key: string) => this.translator.t(key);
      this.itemsPerPageLabel = t('paginator.itemsPerPage');
      this.nextPageLabel = t('paginator.next');
      this.previousPageLabel = t('paginator.previous');
      this.firstPageLabel = t('paginator.first');
      this.lastPageLabel = t('paginator.last');
      const language = this.translator.language();
      this.getRangeLabel = (page, pageSize, length) => {
        const from = length === 0 ? 0 : page * pageSize + 1;
        const to = Math.min(length, (page + 1) * pageSize);
        return this.translator.t('paginator.range', {
          from: formatNumber(from, language),
          to: formatNumber(to, language),
          total: formatNumber(length, language),
        });
      };
      this.changes.next();
    });
  }
}
