/** Test helpers for the parse stage: the shipped DT/6 text and the synthetic fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const DT6_FILE = 'seed/documents/WTPF-13-DT-6.ar.txt';
export const EN_FIXTURE = 'tests/fixtures/documents/sample-resolution.en.txt';
export const FR_FIXTURE = 'tests/fixtures/documents/sample-opinion.fr.txt';

export function read(file: string): string {
  return readFileSync(root + file, 'utf8');
}
