import { signal } from '@angular/core';

/** A save refused as stale: the copy as someone else saved it meanwhile, and the changes this dialog wanted. */
export interface VersionConflict<T, C extends object> {
  current: T;
  mine: C;
}

/**
 * A dialog's edit of something versioned (a budget line, an indicator): the copy its form started from, whose
 * version goes with the save, and the conflict when someone else saved it first.
 */
export class VersionedEdit<T, C extends object> {
  readonly conflict = signal<VersionConflict<T, C> | null>(null);

  constructor(private copy: T | undefined) {}

  /** The copy the changes are made to; none when adding. */
  get base(): T | undefined {
    return this.copy;
  }

  /** Someone else saved first: their copy, and the changes this dialog wanted to make. */
  refused(current: T, mine: C): void {
    this.conflict.set({ current, mine });
  }

  /**
   * Ends the conflict, their copy becoming the base (to save mine again on top of it, or to start from it);
   * returns the conflict, or null when there was none.
   */
  settle(): VersionConflict<T, C> | null {
    const conflict = this.conflict();
    if (!conflict) return null;
    this.copy = conflict.current;
    this.conflict.set(null);
    return conflict;
  }
}
