import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readStatementFile } from './statementFile.ts';

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
