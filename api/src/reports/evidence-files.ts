import { extname } from 'node:path';
import { firstStoredEntry, zipEntryNames } from './evidence-zip.js';

/** File types accepted as evidence, by content type, with the extensions that may carry them. */
export const EVIDENCE_TYPES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'text/csv': ['.csv'],
  'text/plain': ['.txt'],
  'application/msword': ['.doc'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.ms-powerpoint': ['.ppt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  'application/vnd.oasis.opendocument.presentation': ['.odp'],
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The first bytes each binary type must start with; a file claiming a type must look like it. */
const SIGNATURES: Record<string, number[][]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  'image/webp': [[0x52, 0x49, 0x46, 0x46]],
  'application/msword': [OLE],
  'application/vnd.ms-excel': [OLE],
  'application/vnd.ms-powerpoint': [OLE],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [ZIP],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [ZIP],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [ZIP],
  'application/vnd.oasis.opendocument.text': [ZIP],
  'application/vnd.oasis.opendocument.spreadsheet': [ZIP],
  'application/vnd.oasis.opendocument.presentation': [ZIP],
};

/** Why the file cannot be evidence, or null when it can. */
export function evidenceProblem(contentType: string, fileName: string, content: Buffer): string | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const extensions = EVIDENCE_TYPES[type];
  if (!extensions) return `file must be a PDF, an image (PNG, JPEG, GIF, WebP), an office document or a CSV file; ${type || 'this type'} is not accepted`;
  if (content.length === 0) return 'file is empty';
  if (!extensions.includes(extname(fileName).toLowerCase())) return `file name must end in ${extensions.join(' or ')} for ${type}`;
  const signatures = SIGNATURES[type];
  if (signatures && !signatures.some((signature) => signature.every((byte, index) => content[index] === byte))) {
    return `file content is not a ${extensions[0].slice(1).toUpperCase()} file, although it is named as one`;
  }
  if (!signatures && content.subarray(0, 8192).includes(0)) return 'file content is not text, although it is named as text';
  const missing = CONTAINERS[type]?.(content);
  if (missing) return `file content is not a ${extensions[0].slice(1).toUpperCase()} file, although it is named as one (${missing})`;
  return null;
}

/**
 * Every office document is a ZIP, so the first bytes say little: any archive renamed `.docx` has
 * them. What each kind must hold besides, or why the content lacks it.
 */
const CONTAINERS: Record<string, (content: Buffer) => string | null> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (content) => officeOpenXml(content, 'word/'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (content) => officeOpenXml(content, 'xl/'),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': (content) => officeOpenXml(content, 'ppt/'),
  'application/vnd.oasis.opendocument.text': (content) => openDocument(content, 'application/vnd.oasis.opendocument.text'),
  'application/vnd.oasis.opendocument.spreadsheet': (content) => openDocument(content, 'application/vnd.oasis.opendocument.spreadsheet'),
  'application/vnd.oasis.opendocument.presentation': (content) => openDocument(content, 'application/vnd.oasis.opendocument.presentation'),
};

/** ECMA-376 part 2: a package names its parts' types in `[Content_Types].xml`; the main part's folder says which kind. */
function officeOpenXml(content: Buffer, folder: string): string | null {
  const listing = zipEntryNames(content);
  if ('problem' in listing) return listing.problem;
  // Part names compare without regard to case (ECMA-376 part 2, 6.2.2.3).
  const names = listing.names.map((name) => name.toLowerCase());
  if (!names.includes('[content_types].xml')) return 'it has no [Content_Types].xml';
  if (!names.some((name) => name.startsWith(folder))) return `it has no ${folder} folder`;
  return null;
}

/** ODF 1.2 part 3, 3.3: the first entry is `mimetype`, stored uncompressed, holding the document's type. */
function openDocument(content: Buffer, mimeType: string): string | null {
  const listing = zipEntryNames(content);
  if ('problem' in listing) return listing.problem;
  const first = firstStoredEntry(content);
  if (first?.name !== 'mimetype') return 'its first entry is not an uncompressed mimetype';
  if (first.content !== mimeType) return `its mimetype is ${JSON.stringify(first.content.slice(0, 80))}`;
  return null;
}

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control or
 * reserved characters, no leading dots, at most 120 characters, extension kept.
 */
export function sanitiseFileName(raw: string): string {
  const base = raw.replace(/\\/g, '/').split('/').pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const extension = extname(cleaned).slice(0, 10);
  const stem = cleaned.slice(0, cleaned.length - extname(cleaned).length).slice(0, 120 - extension.length).trim();
  return `${stem || 'evidence'}${extension}`;
}

/** Content-Disposition for a download: an ASCII fallback plus the exact name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
