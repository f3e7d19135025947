// The extractor as it first met each labelled split. A split's own figures mean little once rules were tuned on it,
// so the exploratory scripts (eval-actor-filter-first-seen.ts, eval-places-gazetteer.ts) re-run the rules each split
// was first scored with, in a temporary git worktree per commit, and judge a new mechanism on that output instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The eval script of this checkout, for a runner in an old worktree to import (its matcher is the current one). */
export const EVAL_SCRIPT = join(REPO_ROOT, 'scripts/eval-extraction.ts');

// The rules each split was first scored with (data/eval/README.md): v3 re-run at ef1bc23 for the sixth round's
// analysis, v4 at 14ea0c7 and v5/v6 at 3c9cb2f (the rounds' "before" commits); v7 to v10 at eec06f1, whose rules are
// byte for byte those that scored v7/v8 and that v9/v10 were first scored with; v11/v12 at fd9fa30 (the tenth
// round's "before"); v13/v14 at b940234 (the eleventh's); v23/v24 at 6aaa60b (sixth session, no round: scored once).
export const FIRST_SEEN: ReadonlyArray<{ commit: string; splits: string[] }> = [
  { commit: 'ef1bc23', splits: ['heldout-v3'] },
  { commit: '14ea0c7', splits: ['heldout-v4'] },
  { commit: '3c9cb2f', splits: ['blind-v5', 'blind-v6'] },
  { commit: 'eec06f1', splits: ['blind-v7', 'blind-v8', 'blind-v9', 'blind-v10'] },
  { commit: 'fd9fa30', splits: ['blind-v11', 'blind-v12'] },
  { commit: 'b940234', splits: ['blind-v13', 'blind-v14'] },
  { commit: 'f9434c1', splits: ['blind-v15', 'blind-v16', 'blind-v17', 'blind-v18'] },
  { commit: '2ad8aa2', splits: ['blind-v19', 'blind-v20', 'blind-v21', 'blind-v22'] },
  { commit: '6aaa60b', splits: ['blind-v23', 'blind-v24'] },
];

/**
 * Checks `commit` out in a temporary worktree (sharing this checkout's node_modules), lets `prepare` adjust it, runs
 * `runnerSource` there as a TypeScript file in its scripts/ folder and returns what the runner printed, parsed as
 * JSON. The worktree is removed whatever happens.
 */
export function runAtCommit<T>(commit: string, runnerSource: string, prepare: (dir: string) => void = () => {}): T {
  const dir = mkdtempSync(join(tmpdir(), `first-seen-${commit}-`));
  execFileSync('git', ['-C', REPO_ROOT, 'worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
  try {
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
    prepare(dir);
    const runner = join(dir, 'scripts', 'first-seen-runner.ts');
    writeFileSync(runner, runnerSource);
    return JSON.parse(execFileSync('npx', ['tsx', runner], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })) as T;
  } finally {
    execFileSync('git', ['-C', REPO_ROOT, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}
