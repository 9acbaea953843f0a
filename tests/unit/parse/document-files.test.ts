/**
 * What `npm run ingest` and `npm run import` read from their arguments: folders expanded to their
 * documents, every file parsed before anything loads, every failure named at once.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, ParseErrors } from '../../../seed/src/parse/index.js';
import type { ParsedDocument } from '../../../seed/src/parse/index.js';
import { checkFiles, documentFiles, ROOT } from '../../../seed/src/seed.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/documents');
const dir = mkdtempSync(path.join(tmpdir(), 'ig-atlas-files-'));
const file = (name: string, content = 'x') => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

describe('documentFiles', () => {
  it('reads a folder as the .txt files directly in it, by name, and a file named twice once', () => {
    const folder = path.join(dir, 'docs');
    const [b, a] = [file('docs/b.txt'), file('docs/a.txt')];
    file('docs/notes.md');
    file('docs/sub/c.txt');
    const extra = file('extra.txt');
    const { files, problems } = documentFiles([folder, extra, b, path.join(folder, '..', 'docs', 'a.txt')]);
    expect(problems).toEqual([]);
    expect(files).toEqual([a, b, extra]);
  });

  it('names every path it cannot use, and what is wrong with it', () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const { files, problems } = documentFiles([path.join(dir, 'missing.txt'), empty, file('ok.txt')]);
    expect(problems).toEqual([`${path.join(dir, 'missing.txt')}: no such file or folder`, `${empty}: no .txt file in this folder`]);
    expect(files).toEqual([path.join(dir, 'ok.txt')]);
  });
});

describe('checkFiles', () => {
  it('parses every file, in order, and hands each document on', () => {
    const docs: ParsedDocument[] = [];
    checkFiles([path.join(FIXTURES, 'sample-resolution.en.txt'), path.join(FIXTURES, 'sample-opinion.fr.txt')], (doc) => docs.push(doc));
    expect(docs.map((d) => [d.symbol, d.language])).toEqual([
      ['A/RES/99/999', 'en'],
      ['WTPF-31/DT/2', 'fr'],
    ]);
  });

  it('names every file that does not parse, with its line, not only the first', () => {
    const good = path.join(dir, 'good.txt');
    copyFileSync(path.join(FIXTURES, 'sample-resolution.en.txt'), good);
    const empty = file('empty.txt', '');
    const truncated = file('truncated.txt', 'A/RES/99/1\n15 May 2013\nThe General Assembly,\nRecalling\n');
    const handed: string[] = [];
    let thrown: unknown;
    try {
      checkFiles([empty, good, truncated], (doc) => handed.push(doc.file));
    } catch (error) {
      thrown = error;
    }
    expect(handed).toEqual([good]);
    expect(thrown).toBeInstanceOf(ParseErrors);
    const { errors, message } = thrown as ParseErrors;
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      [empty, 1],
      [truncated, expect.any(Number)],
    ]);
    expect(errors.every((e) => e instanceof ParseError)).toBe(true);
    expect(message).toMatch(/^2 of 3 files did not parse, so nothing was loaded:\n/);
    expect(message).toContain(`${empty}:1: expected`);
    expect(message).toContain(`${truncated}:`);
    expect(message).not.toContain(good);
  });
});
