import { DestroyRef, DOCUMENT, effect, inject, Signal } from '@angular/core';

export interface RunningHead {
  /** Said at the top of every printed page: the plan's name at the reading start, the date at the other end. */
  title: string;
  date: string;
  direction: 'ltr' | 'rtl';
}

/** A string as a CSS string literal: quotes and backslashes escaped, line breaks flattened. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\f]+/g, ' ')}"`;
}

/** The @page rule that prints the running head in the page's top margin boxes. */
export function runningHeadRule(head: RunningHead): string {
  const [start, end] = head.direction === 'rtl' ? ['top-right', 'top-left'] : ['top-left', 'top-right'];
  const box = 'font: 9pt sans-serif; color: #000; vertical-align: bottom; padding-block-end: 3mm;';
  return `@page { @${start} { content: ${cssString(head.title)}; ${box} } @${end} { content: ${cssString(head.date)}; ${box} } }`;
}

/**
 * Prints the plan's name and the figures' date at the top of every printed page, for as long as the calling page
 * lives. Chromium draws @page margin boxes on every page, outside the content, so the head never covers a figure (a
 * `position: fixed` element also repeats, but over the content, and not on the last page). Call from a constructor.
 */
export function printRunningHead(head: Signal<RunningHead | null>): void {
  const document = inject(DOCUMENT);
  const style = document.createElement('style');
  style.setAttribute('data-print-running-head', '');
  document.head.appendChild(style);
  inject(DestroyRef).onDestroy(() => style.remove());
  effect(() => {
    const value = head();
    style.textContent = value ? runningHeadRule(value) : '';
  });
}
