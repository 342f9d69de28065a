import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Format } from '../../i18n/index.ts';
import { MAX_FILE_BYTES, readSourceFile, readStatementFile } from './statementFile.ts';

describe('readStatementFile', () => {
  it('reads a UTF-8 statement', async () => {
    expect(await readStatementFile(new Blob(['Déclaration commune\n\nNous demandons…']))).toEqual({ text: 'Déclaration commune\n\nNous demandons…' });
  });

  it('says why a file cannot be used', async () => {
    expect(await readStatementFile(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])]))).toEqual({ problem: 'binary' });
    expect(await readStatementFile(new Blob([new Uint8Array([0x44, 0xe9, 0x63, 0x6c])]))).toEqual({ problem: 'encoding' });
    const large = { size: MAX_FILE_BYTES + 1, text: () => Promise.reject(new Error('not read')) } as unknown as Blob;
    expect(await readStatementFile(large)).toEqual({ problem: 'tooLarge' });
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await readStatementFile(broken)).toEqual({ problem: 'unreadable' });
  });
});

describe('readSourceFile', () => {
  it('takes the format from the extension: text formats as text, DOCX as base64', async () => {
    expect(await readSourceFile(new File(['# Title\n\nText.'], 'call.md'))).toEqual({ format: 'markdown', text: '# Title\n\nText.' });
    expect(await readSourceFile(new File(['<p>Text.</p>'], 'call.HTM'))).toEqual({ format: 'html', text: '<p>Text.</p>' });
    expect(await readSourceFile(new File(['Text.'], 'call'))).toEqual({ format: 'text', text: 'Text.' });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]);
    expect(await readSourceFile(new File([zip], 'call.docx'))).toEqual({ format: 'docx', fileBase64: 'UEsDBAkJ' });
  });

  it('says what is wrong with a file it cannot use', async () => {
    const keyOf = async (file: File) => {
      const read = await readSourceFile(file);
      if (!('problem' in read)) throw new Error(`${file.name} was accepted`);
      const t = ((key: string) => key) as unknown as TFunction;
      return read.problem(t, { fileSize: (bytes: number) => `${bytes} B` } as Format);
    };
    expect(await keyOf(new File(['plain words'], 'call.docx'))).toBe('sourceFormat.errors.notDocx');
    expect(await keyOf(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])], 'call.txt'))).toBe('newProject.errors.fileBinary');
  });
});
