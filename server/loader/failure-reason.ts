// One line saying why an article could not be loaded, for the load command's report: a zod error lists where the
// document is wrong, anything else gives its first line (never a stack trace).
import { ZodError } from 'zod';
import { ArticleInputError } from './article-input.ts';

export function failureReason(error: unknown, maxIssues = 3): string {
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
    const more = issues.length > maxIssues ? ` (and ${issues.length - maxIssues} more)` : '';
    return `invalid: ${issues.slice(0, maxIssues).join('; ')}${more}`;
  }
  // The extractor's reader names the file itself; the load report already does.
  if (error instanceof ArticleInputError) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim() || 'unknown error';
}
