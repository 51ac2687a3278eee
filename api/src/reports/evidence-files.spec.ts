import { describe, expect, it } from '@jest/globals';
import { attachmentHeader, evidenceProblem, sanitiseFileName } from './evidence-files.js';

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
