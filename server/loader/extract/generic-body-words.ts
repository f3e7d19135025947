// "the Government", "the Cabinet", "the Commission", "Supervision": a body's head word capitalised alone names no
// body of its own. It points back at the one body of the text whose name holds it ("the Commission" after "the
// Commission on Elections"), or, with none or several, at nobody the text names. Not "Congress", "Senate",
// "Parliament" or "Police", which name a state's institution alone and are labelled so.
import type { ActorTable } from './actor-table.ts';

const GENERIC_BODY_WORDS = new Set(['government', 'cabinet', 'commission', 'council', 'ministry', 'committee', 'agency',
  'board', 'authority', 'department', 'office', 'tribunal', 'supervision', 'court', 'presidency', 'judiciary']);

export function settleGenericBodyWords(table: ActorTable): void {
  const bodies = [...table.actors.values()].filter((a) => a.kind !== 'person' && a.kind !== 'state');
  for (const a of bodies) {
    const word = a.name.toLowerCase();
    if (a.kind !== 'organization' || !GENERIC_BODY_WORDS.has(word)) continue;
    const holders = bodies.filter((b) => b !== a && b.name.toLowerCase().split(/\s+/).includes(word));
    for (const m of table.mentions.filter((x) => x.key === a.name)) {
      table.unmention(m);
      if (holders.length === 1 && holders[0]) table.mention(holders[0].name, m.text, m.start, m.end, m.sentence);
    }
  }
}
