/**
 * Just enough of the ZIP format (APPNOTE.TXT) to tell an office document from any ZIP renamed as
 * one: the names in the central directory, and the first local entry. Every read is bounds-checked,
 * so malformed or hostile input gives an answer, never an exception or a long loop.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const END_RECORD_SIZE = 22;
/** The end record sits within its own size plus the longest comment (65535) of the end. */
const END_SEARCH = END_RECORD_SIZE + 0xffff;
/** Far more than any real document has; a directory claiming more is not read further. */
const MAX_ENTRIES = 20_000;

export type ZipListing = { names: string[] } | { problem: string };

/** The entry names of the central directory, or why it cannot be read. */
export function zipEntryNames(content: Buffer): ZipListing {
  const end = findEndOfDirectory(content);
  if (end < 0) return { problem: 'its ZIP directory is missing' };
  const count = content.readUInt16LE(end + 10);
  const size = content.readUInt32LE(end + 12);
  const offset = content.readUInt32LE(end + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no document within the upload limit needs.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { problem: 'it is a ZIP64 archive' };
  if (count > MAX_ENTRIES) return { problem: 'its ZIP directory has too many entries' };
  if (offset + size > end) return { problem: 'its ZIP directory is damaged' };
  const names: string[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > offset + size || content.readUInt32LE(at) !== DIRECTORY_ENTRY) return { problem: 'its ZIP directory is damaged' };
    const nameLength = content.readUInt16LE(at + 28);
    const extraLength = content.readUInt16LE(at + 30);
    const commentLength = content.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return { problem: 'its ZIP directory is damaged' };
    names.push(content.toString('utf8', at + 46, at + 46 + nameLength));
    at = next;
  }
  return { names };
}

/**
 * The first local entry when it is stored uncompressed (as ODF requires of `mimetype`): its name
 * and content, or null when there is no such entry.
 */
export function firstStoredEntry(content: Buffer): { name: string; content: string } | null {
  if (content.length < 30 || content.readUInt32LE(0) !== LOCAL_ENTRY) return null;
  const method = content.readUInt16LE(8);
  const compressedSize = content.readUInt32LE(18);
  const size = content.readUInt32LE(22);
  const nameLength = content.readUInt16LE(26);
  const extraLength = content.readUInt16LE(28);
  const start = 30 + nameLength + extraLength;
  if (method !== 0 || compressedSize !== size || start + size > content.length) return null;
  return { name: content.toString('utf8', 30, 30 + nameLength), content: content.toString('latin1', start, start + size) };
}

/** Searches back from the end for the end record whose directory lies before it. */
function findEndOfDirectory(content: Buffer): number {
  const lowest = Math.max(0, content.length - END_SEARCH);
  for (let at = content.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (content.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    const size = content.readUInt32LE(at + 12);
    const offset = content.readUInt32LE(at + 16);
    if (offset + size <= at || offset === 0xffffffff) return at;
  }
  return -1;
}
