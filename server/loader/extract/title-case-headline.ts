// A headline in Title Case ("Apple Fined by Brazil's Antitrust Watchdog Over App Store Payment Rules") capitalises
// its common nouns, so a run of capitals there is no evidence of a name: an unknown name that only such a headline
// gives, and the body never repeats, is no actor.
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import type { Gazetteer } from './gazetteer.ts';

// Title Case when nearly every word of four letters or more is capitalised (sentence case capitalises only names).
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]{3,}/u.test(w));
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}

export function dropTitleCaseHeadlineNames(sentences: SentenceSpan[], table: ActorTable, g: Gazetteer, headline: Set<number>): void {
  const titled = [...headline].filter((i) => isTitleCase(sentences[i]?.text ?? ''));
  if (titled.length === 0) return;
  const inTitle = new Set(titled);
  for (const a of table.actors.values()) {
    if (g.actors.has(a.name) || a.role) continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    if (own.length === 0 || !own.every((m) => inTitle.has(m.sentence))) continue;
    for (const m of own) table.unmention(m);
  }
}
