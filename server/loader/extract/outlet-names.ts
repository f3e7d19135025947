// "told The Canadian Press", "in The Guardian": an outlet whose name holds its article keeps it; a capital "The"
// inside a sentence is part of a name, and the outlet is known by both forms.
import type { ActorTable } from './actor-table.ts';
import type { SentenceSpan } from './extract-types.ts';

export function addOutletArticles(text: string, sentences: readonly SentenceSpan[], table: ActorTable): void {
  for (const m of table.mentions) {
    const actor = table.actors.get(m.key);
    if (actor?.kind !== 'media' || !text.slice(Math.max(0, m.start - 4), m.start).endsWith('The ')) continue;
    const s = sentences[m.sentence];
    if (s === undefined || s.start >= m.start - 4) continue; // "The Guardian said …" opening a sentence proves nothing
    actor.aliases.add(`The ${m.text}`);
  }
}
