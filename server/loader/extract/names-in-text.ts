// Names the text itself gives an actor, read after the sentence scan and before single words are settled:
// "Hon Hai Precision Industry, better known as Foxconn," (the second name is the same body) and a nickname in
// quotation marks inside a person's name (Luis "Toto" Caputo is Luis Caputo, later "Caputo").
import type { ActorTable } from './actor-table.ts';
import type { SentenceSpan } from './extract-types.ts';

// Also "the National Nutrition Agency, known by its Indonesian initials BGN, said".
const BETTER_KNOWN_AS = /^,\s+(?:(?:better|more commonly|commonly|widely|also|popularly)\s+known\s+as|known\s+by\s+its\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation))\s+(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})(?=[\s,.;)])/u;
// A person's alias in quotation marks: "Yeison Mosquera, known as "El Costeño," was …" (the nickname is no second
// person).
const PERSON_KNOWN_AS = /^,\s+(?:also\s+|better\s+)?known\s+as\s+["“](\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;
const NICKNAMED = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+["“](\p{Lu}[\p{Ll}-]+)["”]\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

export function tieNamesGivenInText(text: string, sentences: SentenceSpan[], table: ActorTable): void {
  for (const m of [...table.mentions]) {
    const actor = table.actors.get(m.key);
    if (!actor || actor.kind === 'state') continue;
    const known = (actor.kind === 'person' ? PERSON_KNOWN_AS : BETTER_KNOWN_AS).exec(text.slice(m.end, m.end + 60));
    const name = known?.[1];
    if (!known || !name) continue;
    const at = m.end + known[0].length - name.length;
    for (const x of table.mentions.filter((y) => y.start < at + name.length && at < y.end && y.key !== m.key)) table.unmention(x);
    table.mention(m.key, name, at, at + name.length, m.sentence);
  }
  for (const s of sentences) {
    for (const n of s.text.matchAll(NICKNAMED)) {
      const [whole, first, nickname, last] = n;
      if (!first || !nickname || !last) continue;
      const start = s.start + (n.index ?? 0);
      const key = table.actor(`${first} ${last}`, 'person');
      table.actors.get(key)?.aliases.add(nickname);
      table.mention(key, whole, start, start + whole.length, s.index, true);
    }
  }
}
