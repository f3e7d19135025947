// Write statements of the loader: batched UNWIND … MERGE, one transaction per article.
export const WRITE_NAMES = [] as const;
