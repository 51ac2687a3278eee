/** A file size for people: bytes, kB or MB (decimal, as browsers show downloads), in the language's own way. */
export function formatFileSize(bytes: number, language: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  // "512 bytes", but "2 kB": the byte has no short form in most languages.
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(value);
}

/** What the file picker offers: the types the API accepts as evidence (it also checks each file's content). */
export const EVIDENCE_ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.csv,.txt,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp';

/** Whether a file's name ends in one of the accepted extensions (the server checks the rest). */
export function acceptedEvidenceName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return false;
  return EVIDENCE_ACCEPT.split(',').includes(fileName.slice(dot).toLowerCase());
}
