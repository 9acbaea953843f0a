/**
 * Public API: the only error `parseDocument` throws.
 *
 * The message always names the file, the 1-based line and what the parser expected there, so a
 * curator can open the file at that line and fix it:
 * `seed/documents/x.txt:14: expected lettered items (a), (b)… or text after "Recalling", found end of file`.
 */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly expected: string;

  constructor(file: string, line: number, expected: string, found: string) {
    super(`${file}:${line}: expected ${expected}, found ${found}`);
    this.name = 'ParseError';
    this.file = file;
    this.line = line;
    this.expected = expected;
  }
}

/**
 * Public API: what parsing several files throws when some do not parse (seed.ts `checkFiles`):
 * every failure, not only the first, so a curator fixing a folder of documents sees them all at
 * once. `errors` are the ParseErrors, in file order.
 */
export class ParseErrors extends Error {
  constructor(readonly errors: ParseError[], files: number) {
    super(`${errors.length} of ${files} files did not parse, so nothing was loaded:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    this.name = 'ParseErrors';
  }
}

/** Describes a line for an error message: a short, quoted excerpt, or "end of file". */
export function describeFound(text: string | undefined): string {
  if (text === undefined) return 'end of file';
  if (text.length === 0) return 'an empty line';
  const excerpt = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${excerpt}"`;
}
