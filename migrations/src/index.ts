import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';

/** Every migration, oldest first. The API runs the pending ones at start-up. */
export const migrations = [InitialSchema1764000000000];
