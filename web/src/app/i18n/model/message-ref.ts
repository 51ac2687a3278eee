/** A message to translate later: a key, and parameters that may themselves be messages. */
export interface MessageRef {
  key: string;
  params?: Record<string, unknown>;
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string';
}
