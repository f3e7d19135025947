// Applies the world places gazetteer's judgement (known-places.ts) to the article's actor table: a candidate that
// is only a known town's name becomes a place; a seat of government becomes its state, an actor of the text.
import type { ActorTable } from './actor-table.ts';
import type { Gazetteer } from './gazetteer.ts';
import { judgeKnownPlace } from './known-places.ts';

export function settleKnownPlaces(text: string, table: ActorTable, g: Gazetteer): void {
  if (g.worldPlaces.names.size === 0) return;
  const kindOf = (key: string) => table.actors.get(key)?.kind;
  const states = new Set([...table.actors.values()].filter((a) => a.kind === 'state').map((a) => a.name));
  const bodyMentions = table.mentions.filter((m) => kindOf(m.key) === 'organization' || kindOf(m.key) === 'media');
  for (const a of [...table.actors.values()]) {
    const own = table.mentions.filter((m) => m.key === a.name);
    if (own.length === 0) continue;
    const verdict = judgeKnownPlace({ name: a.name, kind: a.kind, aliases: [...a.aliases], mentions: own }, { text, g, places: g.worldPlaces, states, bodyMentions });
    if (!verdict) continue;
    for (const m of own) {
      table.unmention(m);
      if ('state' in verdict) table.mention(verdict.state, m.text, m.start, m.end, m.sentence);
      else table.place(verdict.place, m.text, m.start, m.end, m.sentence);
    }
  }
}
