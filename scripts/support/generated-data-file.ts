// The command line of a script that generates a data file from installed packages (build-places-gazetteer.ts,
// build-name-vocabulary.ts): `--write` writes it, `--check` exits 1 when the file on disk differs, and no flag
// prints it. Also the one JSON layout both use: one string per line, so a diff shows the names that changed.
import { readFileSync, writeFileSync } from 'node:fs';

export const oneStringPerLine = (value: unknown): string => `${JSON.stringify(value, null, 0).replace(/","/g, '",\n"')}\n`;

export function writeOrCheckGeneratedFile(path: string, shownAs: string, content: string, argv: readonly string[] = process.argv): void {
  if (argv.includes('--write')) writeFileSync(path, content);
  else if (argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== content) {
      console.error(`${shownAs} differs from what the packages give: run with --write`);
      process.exit(1);
    }
  } else process.stdout.write(content);
}
