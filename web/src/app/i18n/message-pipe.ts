import { inject, Pipe, PipeTransform } from '@angular/core';
import { Translator } from './data/translator';
import { isMessageRef, MessageRef } from './model/message-ref';

/** `{{ control.getError('server') | message }}`: translates a MessageRef, nested parameters included. */
@Pipe({ name: 'message', pure: false })
export class MessagePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(message: MessageRef | null | undefined): string {
    if (!message) return '';
    return this.translate(message);
  }

  private translate(message: MessageRef): string {
    const params: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(message.params ?? {})) {
      params[name] = isMessageRef(value) ? this.translate(value) : value;
    }
    return this.translator.t(message.key, params);
  }
}
