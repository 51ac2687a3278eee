/** class-transformer hook: strips surrounding spaces from text, leaves other values to the validators. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
