// Expands the load command's arguments into the files to load, in a stable order. A folder contributes its article
// texts (*.txt) and pre-extracted GraphDocuments (*.graph.json), recursively; a file named on the command line is
// taken as it is. A path that does not exist is reported as a failure by name, like a bad article.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ExpandedPaths {
  files: string[];
  missing: { path: string; reason: string }[];
}

export const isGraphDocumentFile = (path: string): boolean => path.endsWith('.graph.json');
const isLoadable = (name: string): boolean => name.endsWith('.txt') || isGraphDocumentFile(name);

export async function expandArticlePaths(paths: readonly string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const missing: ExpandedPaths['missing'] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) missing.push({ path, reason: 'no such file or folder' });
    else if (info.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isLoadable(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
