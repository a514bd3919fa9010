import ExcelJS from 'exceljs';
import { acceptedType, isExecutable, TextCheck } from './file-types';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? Array.from(Buffer.from(v, 'latin1')) : [v])));
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

const PDF = text('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
const GIF = bytes('GIF89a', 1, 0, 1, 0, 0, 0, 0);
const WEBP = bytes('RIFF', 26, 0, 0, 0, 'WEBPVP8 ', 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
const CFB = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0));
const PE = bytes('MZ', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff);

describe('acceptedType', () => {
  it.each([
    ['pdf', PDF, 'application/pdf', true],
    ['png', PNG, 'image/png', true],
    ['jpg', JPEG, 'image/jpeg', true],
    ['jpeg', JPEG, 'image/jpeg', true],
    ['gif', GIF, 'image/gif', true],
    ['webp', WEBP, 'image/webp', true],
    ['doc', CFB, 'application/msword', false],
    ['xls', CFB, 'application/vnd.ms-excel', false],
  ])('accepts a .%s whose bytes are one', async (extension, head, contentType, inline) => {
    expect(await acceptedType(head, extension)).toEqual({ contentType, text: false, inline });
  });

  it('accepts an xlsx workbook and refuses it called .docx', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Blad1').addRow(['a', 1]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect((await acceptedType(xlsx, 'xlsx'))?.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await acceptedType(xlsx, 'docx')).toBeNull();
  });

  it('refuses an extension that does not name what the bytes are', async () => {
    expect(await acceptedType(PNG, 'pdf')).toBeNull();
    expect(await acceptedType(PDF, 'png')).toBeNull();
    expect(await acceptedType(PDF, 'txt')).not.toBeNull(); // a PDF's start is text; TextCheck decides on the rest
  });

  it('refuses executables whatever they are called', async () => {
    expect(await acceptedType(PE, 'pdf')).toBeNull();
    expect(await acceptedType(PE, 'txt')).toBeNull();
    expect(isExecutable(bytes(0x7f, 'ELF', 2, 1))).toBe(true);
    expect(isExecutable(bytes(0xcf, 0xfa, 0xed, 0xfe))).toBe(true);
    expect(isExecutable(PDF)).toBe(false);
  });

  it('refuses unknown extensions and none', async () => {
    expect(await acceptedType(text('hello'), 'exe')).toBeNull();
    expect(await acceptedType(text('hello'), 'html')).toBeNull();
    expect(await acceptedType(text('<svg/>'), 'svg')).toBeNull();
    expect(await acceptedType(text('hello'), '')).toBeNull();
  });

  it('accepts text files as text', async () => {
    expect(await acceptedType(text('Dagordning\n1. Öppnande'), 'txt')).toEqual({ contentType: 'text/plain', text: true, inline: false });
    expect((await acceptedType(text('# Rubrik'), 'md'))?.contentType).toBe('text/markdown');
    expect((await acceptedType(text('a;b\n1;2'), 'csv'))?.contentType).toBe('text/csv');
  });

  it.each(['#!/bin/sh\nrm -rf /', '<html><script>x</script>', '  <!DOCTYPE html>', '\ufeff<svg onload=alert(1)>', '<script>', '<?xml version="1.0"?><svg/>'])(
    'refuses active content as text: %j',
    async (content) => {
      expect(await acceptedType(text(content), 'txt')).toBeNull();
    },
  );
});

describe('TextCheck', () => {
  it('accepts UTF-8 split inside a character across chunks', () => {
    const check = new TextCheck();
    const all = Buffer.from('Mötesanteckningar', 'utf8');
    const cut = all.indexOf(0xc3) + 1;
    expect(check.push(all.subarray(0, cut))).toBe(true);
    expect(check.push(all.subarray(cut))).toBe(true);
    expect(check.end()).toBe(true);
  });

  it('refuses invalid UTF-8, a NUL byte, and an unfinished character at the end', () => {
    expect(new TextCheck().push(bytes(0x61, 0xff, 0x62))).toBe(false);
    expect(new TextCheck().push(bytes(0x61, 0, 0x62))).toBe(false);
    const unfinished = new TextCheck();
    expect(unfinished.push(bytes(0x61, 0xc3))).toBe(true);
    expect(unfinished.end()).toBe(false);
  });

  it('stays refused once refused', () => {
    const check = new TextCheck();
    check.push(bytes(0));
    expect(check.push(text('fine'))).toBe(false);
    expect(check.end()).toBe(false);
  });
});
