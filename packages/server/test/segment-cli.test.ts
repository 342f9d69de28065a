import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/tessera.mjs', import.meta.url).pathname;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `tessera` with `input` on stdin. */
function tessera(args: string[], input: string | Buffer): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, TESSERA_DATA: '' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // the command may exit before reading everything
    child.stdin.end(input);
  });
}

const jsonLines = (stdout: string): unknown[] => stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);

describe('tessera segment --lang', () => {
  it('prints the sentences of the text on stdin as a JSON array that joins back to the text', async () => {
    const text = 'Mr. Smith went to Washington, D.C. He stayed 3.5 days. Did he like it? Yes!\n';
    const result = await tessera(['segment', '--lang', 'en'], text);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const pieces = JSON.parse(result.stdout) as string[];
    expect(pieces).toEqual(['Mr. Smith went to Washington, D.C. ', 'He stayed 3.5 days. ', 'Did he like it? ', 'Yes!\n']);
    expect(pieces.join('')).toBe(text);
  });

  it('segments in the language given', async () => {
    const result = await tessera(['segment', '--lang', 'ja'], '条約を拒否する。人権を守れ！');
    expect(JSON.parse(result.stdout)).toEqual(['条約を拒否する。', '人権を守れ！']);
  });

  it('refuses text that is not UTF-8 with exit 1', async () => {
    const result = await tessera(['segment', '--lang', 'en'], Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not UTF-8/);
  });
});

describe('tessera segment --batch', () => {
  it('prints one JSON array per JSON line, in order', async () => {
    const lines = [
      { lang: 'en', text: 'One. Two.' },
      { lang: 'de', text: 'Das gilt z. B. für alle. Ende.' },
      { lang: 'zh', text: '我们反对。请修改！' },
      { lang: 'en', text: '' },
    ];
    const result = await tessera(['segment', '--batch'], `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(jsonLines(result.stdout)).toEqual([['One. ', 'Two.'], ['Das gilt z. B. für alle. ', 'Ende.'], ['我们反对。', '请修改！'], []]);
  });

  it('scores a whole data set in one run: the Golden Rules, one line per case', async () => {
    const golden = new URL('../../../../shared/segmentation/golden-rules.json', import.meta.url);
    const cases = JSON.parse(fs.readFileSync(golden, 'utf8')) as { lang: string; text: string }[];
    const input = cases.map(({ lang, text }) => JSON.stringify({ lang, text })).join('\r\n');
    const result = await tessera(['segment', '--batch'], input);
    expect(result.code).toBe(0);
    const arrays = jsonLines(result.stdout) as string[][];
    expect(arrays).toHaveLength(cases.length);
    arrays.forEach((pieces, index) => expect(pieces.join('')).toBe(cases[index]?.text));
  });

  it('takes the language of lines without one from --lang', async () => {
    const result = await tessera(['segment', '--batch', '--lang', 'fr'], '{"text": "M. Dupont est là. Il attend."}\n');
    expect(jsonLines(result.stdout)).toEqual([['M. Dupont est là. ', 'Il attend.']]);
  });

  it('stops at a line that is not JSON with exit 1, naming the line, after printing the lines before it', async () => {
    const result = await tessera(['segment', '--batch'], '{"lang":"en","text":"A. B."}\n\n{"lang": "en", "text": oops}\n{"lang":"en","text":"C."}\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Line 3 of the input is not valid JSON/);
    expect(jsonLines(result.stdout)).toEqual([['A. B.']]);
  });

  it('refuses a line without text, or without a language, with exit 1 and its number', async () => {
    const noText = await tessera(['segment', '--batch'], '{"lang":"en","text":"Fine."}\n{"lang":"en"}\n');
    expect(noText.code).toBe(1);
    expect(noText.stderr).toMatch(/Line 2 .* no "text"/);
    const noLang = await tessera(['segment', '--batch'], '["en", "text"]\n');
    expect(noLang.code).toBe(1);
    expect(noLang.stderr).toMatch(/Line 1 .* not a JSON object/);
  });
});

describe('tessera segment usage', () => {
  it('exits 2 without --lang or --batch, or with an empty --lang', async () => {
    for (const args of [['segment'], ['segment', '--lang', ''], ['segment', '--lang'], ['segment', 'extra', '--lang', 'en']]) {
      const result = await tessera(args, 'Text.');
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/tessera segment --lang LANG/);
    }
  });
});
