// Short names that are another actor of the same article: the short form's mentions go to the full name, so the
// two are one actor (mentions.ts runs these once every sentence has been scanned).
import type { ActorTable } from './actor-table.ts';

/** Every mention made under `from` is made again under `to`. */
function moveMentions(table: ActorTable, from: string, to: string): void {
  for (const m of table.mentions.filter((x) => x.key === from)) {
    table.unmention(m);
    table.mention(to, m.text, m.start, m.end, m.sentence);
  }
}

// A body named first by a short form ("Security Council" in a headline) and later in full ("the United Nations
// Security Council") is one actor: the short form's mentions go to the one full name that ends with it.
// "Korean Air" after "Korean Air Lines Co.": a company is called without its legal or type ending.
const NAME_ENDINGS = /^(?:(?:air)?lines|co\.?|corp\.?|corporation|inc\.?|ltd\.?|limited|plc|llc|group|holdings|company|ag|sa|se|nv)$/i;

export function mergeShortForms(table: ActorTable): void {
  const bodies = [...table.actors.values()].filter((a) => a.kind !== 'person' && a.kind !== 'state');
  for (const short of bodies) {
    const withEnding = bodies.filter((b) => b !== short && b.name.startsWith(`${short.name} `) && b.name.slice(short.name.length + 1).split(/\s+/).every((w) => NAME_ENDINGS.test(w)));
    if (withEnding.length === 1 && withEnding[0]) {
      moveMentions(table, short.name, withEnding[0].name);
      continue;
    }
    if (!short.name.includes(' ')) continue;
    const longer = bodies.filter((b) => b.kind === short.kind && b.name.endsWith(` ${short.name}`));
    const full = longer[0];
    if (!full || longer.length > 1) continue;
    moveMentions(table, short.name, full.name);
  }
}

// "De la Peña, 46, …" after "Joaquín de la Peña": a surname with particles opens a sentence capitalised; it is the
// person whose full name ends with it.
export function mergeParticleSurnames(table: ActorTable): void {
  const persons = [...table.actors.values()].filter((a) => a.kind === 'person');
  // "Van der Berghe denied …" may have been taken for a body's name: a particle opening it says it is a surname.
  const particled = [...table.actors.values()].filter((a) => a.kind === 'organization' && /^(?:Van|Von|De|Der|Da|Di|Du|Le|La|Al|El|Bin|Ben)\s+\S/.test(a.name));
  for (const short of [...persons, ...particled]) {
    if (!short.name.includes(' ') || short.role) continue;
    const tail = ` ${short.name.toLowerCase()}`;
    const full = persons.filter((p) => p !== short && p.name.toLowerCase().endsWith(tail));
    if (full.length !== 1 || !full[0]) continue;
    moveMentions(table, short.name, full[0].name);
  }
}
