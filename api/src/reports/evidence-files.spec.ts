import { describe, expect, it } from '@jest/globals';
import { crc32, deflateRawSync } from 'node:zlib';
import { attachmentHeader, evidenceProblem, sanitiseFileName } from './evidence-files.js';
import { firstStoredEntry, zipEntryNames } from './evidence-zip.js';

const PDF = Buffer.from('%PDF-1.7\n...');

describe('evidence files', () => {
  it('accepts allowed types whose name and content agree', () => {
    expect(evidenceProblem('application/pdf', 'decree.pdf', PDF)).toBeNull();
    expect(evidenceProblem('text/csv', 'budget.csv', Buffer.from('year,amount\n2027,10\n'))).toBeNull();
  });

  it('refuses other types, empty files, wrong extensions and disguised content', () => {
    expect(evidenceProblem('application/x-msdownload', 'setup.exe', Buffer.from('MZ'))).toMatch(/is not accepted/);
    expect(evidenceProblem('application/pdf', 'decree.pdf', Buffer.alloc(0))).toBe('file is empty');
    expect(evidenceProblem('application/pdf', 'decree.exe', PDF)).toMatch(/must end in \.pdf/);
    expect(evidenceProblem('image/png', 'photo.png', PDF)).toMatch(/not a PNG file/);
    expect(evidenceProblem('text/csv', 'data.csv', Buffer.from([0x4d, 0x5a, 0x00, 0x01]))).toMatch(/not text/);
  });

  it('strips folders, control characters and leading dots from names, keeping the extension', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\amina\\Report Q1.pdf')).toBe('Report Q1.pdf');
    expect(sanitiseFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(sanitiseFileName('a\u0000b<c>.pdf')).toBe('abc.pdf');
    expect(sanitiseFileName('.pdf')).toBe('pdf');
    expect(sanitiseFileName(`${'x'.repeat(300)}.docx`)).toHaveLength(120);
    expect(sanitiseFileName('تقرير الربع الأول.pdf')).toBe('تقرير الربع الأول.pdf');
  });

  it('sends the exact name and an ASCII fallback for downloads', () => {
    expect(attachmentHeader('تقرير.pdf')).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('تقرير.pdf')}`);
    expect(attachmentHeader('a "b".pdf')).toBe(`attachment; filename="a _b_.pdf"; filename*=UTF-8''a%20%22b%22.pdf`);
  });
});

interface Entry {
  name: string;
  content: string;
  /** Deflated unless false; ODF's mimetype must be stored. */
  deflate?: boolean;
}

/** A real ZIP archive (local entries, central directory, end record) as `zip` or Word write one; `unzip -t` accepts it. */
function zip(entries: Entry[], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = Buffer.from(entry.content, 'utf8');
    const deflate = entry.deflate ?? true;
    const data = deflate ? deflateRawSync(raw) : raw;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(deflate ? 8 : 0, 8);
    header.writeUInt32LE(crc32(raw), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(name.length, 26);
    locals.push(header, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += header.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const commentBytes = Buffer.from(comment, 'latin1');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([...locals, directoryBytes, end, commentBytes]);
}

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};
const CONTENT_TYPES = { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' };
const RELS = { name: '_rels/.rels', content: '<Relationships/>' };
const ooxml = (main: string) => zip([CONTENT_TYPES, RELS, { name: main, content: '<document/>' }]);
const odf = (mimeType: string, extra: Entry[] = []) =>
  zip([{ name: 'mimetype', content: mimeType, deflate: false }, { name: 'content.xml', content: '<office:document-content/>' }, { name: 'META-INF/manifest.xml', content: '<manifest/>' }, ...extra]);
const plainZip = zip([{ name: 'notes.txt', content: 'not a document' }, { name: 'photo.jpg', content: 'jpeg' }]);

describe('office documents, which are all ZIP archives', () => {
  it('accepts each kind when its archive holds what that kind must', () => {
    expect(evidenceProblem(TYPES.docx, 'plan.docx', ooxml('word/document.xml'))).toBeNull();
    expect(evidenceProblem(TYPES.xlsx, 'budget.xlsx', ooxml('xl/workbook.xml'))).toBeNull();
    expect(evidenceProblem(TYPES.pptx, 'slides.pptx', ooxml('ppt/presentation.xml'))).toBeNull();
    expect(evidenceProblem(TYPES.odt, 'plan.odt', odf(TYPES.odt))).toBeNull();
    expect(evidenceProblem(TYPES.ods, 'budget.ods', odf(TYPES.ods))).toBeNull();
    expect(evidenceProblem(TYPES.odp, 'slides.odp', odf(TYPES.odp))).toBeNull();
    // Part names are case-insensitive in OPC; an archive comment does not hide the directory.
    expect(evidenceProblem(TYPES.docx, 'plan.docx', zip([{ ...CONTENT_TYPES, name: '[content_types].XML' }, { name: 'Word/document.xml', content: 'x' }], 'PK\u0005\u0006 fake end in a comment'))).toBeNull();
  });

  it('refuses any other ZIP renamed as an office document', () => {
    for (const [extension, type] of Object.entries(TYPES)) {
      expect(evidenceProblem(type, `renamed.${extension}`, plainZip)).toMatch(new RegExp(`^file content is not a ${extension.toUpperCase()} file`));
    }
    expect(evidenceProblem(TYPES.docx, 'renamed.docx', plainZip)).toMatch(/has no \[Content_Types\]\.xml/);
  });

  it('refuses one kind of office document named as another', () => {
    expect(evidenceProblem(TYPES.docx, 'budget.docx', ooxml('xl/workbook.xml'))).toMatch(/not a DOCX file.*has no word\/ folder/);
    expect(evidenceProblem(TYPES.pptx, 'plan.pptx', ooxml('word/document.xml'))).toMatch(/has no ppt\/ folder/);
    expect(evidenceProblem(TYPES.docx, 'plan.docx', odf(TYPES.odt))).toMatch(/no \[Content_Types\]\.xml/);
    expect(evidenceProblem(TYPES.odt, 'budget.odt', odf(TYPES.ods))).toMatch(/not a ODT file.*mimetype is "application\/vnd\.oasis\.opendocument\.spreadsheet"/);
    expect(evidenceProblem(TYPES.odt, 'plan.odt', ooxml('word/document.xml'))).toMatch(/first entry is not an uncompressed mimetype/);
  });

  it('refuses an ODF whose mimetype is compressed or not first', () => {
    const compressed = zip([{ name: 'mimetype', content: TYPES.odt, deflate: true }, { name: 'content.xml', content: 'x' }]);
    expect(evidenceProblem(TYPES.odt, 'plan.odt', compressed)).toMatch(/first entry is not an uncompressed mimetype/);
    const second = zip([{ name: 'content.xml', content: 'x', deflate: false }, { name: 'mimetype', content: TYPES.odt, deflate: false }]);
    expect(evidenceProblem(TYPES.odt, 'plan.odt', second)).toMatch(/first entry is not an uncompressed mimetype/);
  });

  it('answers, never throws, for truncated and damaged archives', () => {
    const good = ooxml('word/document.xml');
    for (let length = 0; length < good.length; length++) {
      expect(() => evidenceProblem(TYPES.docx, 'cut.docx', good.subarray(0, length))).not.toThrow();
      if (length > 0) expect(evidenceProblem(TYPES.docx, 'cut.docx', good.subarray(0, length))).toMatch(/not a DOCX file/);
    }
    const document = odf(TYPES.odt);
    for (let length = 4; length < document.length; length += 7) {
      expect(evidenceProblem(TYPES.odt, 'cut.odt', document.subarray(0, length))).toMatch(/not a ODT file/);
    }
    // A directory claiming entries far beyond the file, and every byte of an archive flipped in turn.
    const lying = Buffer.from(good);
    lying.writeUInt32LE(0x7ffffff0, lying.length - 6);
    expect(evidenceProblem(TYPES.docx, 'lying.docx', lying)).toMatch(/not a DOCX file/);
    for (let at = 0; at < good.length; at++) {
      const damaged = Buffer.from(good);
      damaged[at] ^= 0xff;
      expect(() => evidenceProblem(TYPES.docx, 'damaged.docx', damaged)).not.toThrow();
    }
    expect(zipEntryNames(Buffer.from('PK\u0005\u0006', 'latin1'))).toEqual({ problem: 'its ZIP directory is missing' });
    expect(firstStoredEntry(Buffer.from('PK\u0003\u0004', 'latin1'))).toBeNull();
  });

  it('reads the names of the central directory in order', () => {
    expect(zipEntryNames(ooxml('word/document.xml'))).toEqual({ names: ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'] });
    expect(zipEntryNames(zip([{ name: 'Décret 报告.xml', content: 'x' }]))).toEqual({ names: ['Décret 报告.xml'] });
  });
});
