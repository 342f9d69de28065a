import { describe, expect, it } from 'vitest';
import { createProjectRequest } from '@tessera/core/contract';
import { bytesToBase64, formatOfFileName, MAX_DOCX_BYTES, readDocxFile } from './sourceFormat.ts';

describe('formatOfFileName', () => {
  it('recognises text, Markdown, HTML and DOCX statements by extension', () => {
    expect(formatOfFileName('statement.txt')).toBe('text');
    expect(formatOfFileName('Statement.MD')).toBe('markdown');
    expect(formatOfFileName('call.markdown')).toBe('markdown');
    expect(formatOfFileName('page.html')).toBe('html');
    expect(formatOfFileName('page.htm')).toBe('html');
    expect(formatOfFileName('Joint statement v2.docx')).toBe('docx');
    expect(formatOfFileName('statement.pdf')).toBeNull();
    expect(formatOfFileName('README')).toBeNull();
  });
});

describe('bytesToBase64', () => {
  it('encodes as standard base64 with padding, like the server decodes it', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Déclaration — 宣言']) {
      const bytes = new TextEncoder().encode(text);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    const every = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 37) % 256);
    expect(bytesToBase64(every)).toBe(Buffer.from(every).toString('base64'));
  });

  it('keeps the largest DOCX within the contract’s limit', () => {
    const fileBase64 = 'A'.repeat(Math.ceil(MAX_DOCX_BYTES / 3) * 4);
    const request = { name: 'Large', sourceLang: 'en', targetLangs: ['fr'], format: 'docx', fileBase64 };
    expect(createProjectRequest.safeParse(request).success).toBe(true);
  });
});

describe('readDocxFile', () => {
  it('reads a ZIP package as base64, and refuses anything else', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await readDocxFile(new Blob([zip]))).toEqual({ base64: Buffer.from(zip).toString('base64') });
    expect(await readDocxFile(new Blob(['plain text, renamed .docx']))).toEqual({ problem: 'notDocx' });
    const large = { size: MAX_DOCX_BYTES + 1 } as unknown as Blob;
    expect(await readDocxFile(large)).toEqual({ problem: 'tooLarge' });
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await readDocxFile(broken)).toEqual({ problem: 'unreadable' });
  });
});
