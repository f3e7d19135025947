// "Martian Moons", "Rashtriya Rifles", "Baltic Defence Line", "Public Prosecutor", "West Australians": an untitled run
// of capitalised words typed as a person because nothing marked it as a body (twelfth round, data/eval/README.md).
// A person's family name is almost never an ordinary English word, and a person in the news almost always leaves a
// trace: a given name first, a title, an honorific, a role or employer, an age, the family name alone later, or
// something said. A "person" with none of these whose last word is an ordinary word (singular or plural) is no
// person: the name of a thing, a place, a unit or a group of people. It runs after the statements are found, since
// speaking is one of the traces. A "person" whose name holds a particle and leaves no such trace is a body.
import type { Candidates } from './actor-features.ts';
import type { ActorInfo } from './extract-types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { HONORIFICS } from './lexicon.ts';
import { foldName } from './name-vocabulary.ts';
import { removeCandidateActors } from './remove-candidates.ts';

const AGE_AFTER = /^,\s+\d{1,3},/;

function ordinaryWord(word: string, ordinary: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  return ordinary.has(w) || (w.endsWith('s') && ordinary.has(w.slice(0, -1))) || (w.endsWith('es') && ordinary.has(w.slice(0, -2)));
}

// `speaking`: whether something said counts; a body speaks too, so it does not tell a body's name from a person's.
function leavesAPersonsTrace(a: ActorInfo, c: Candidates, g: Gazetteer, speaking = true): boolean {
  const words = a.name.split(/\s+/);
  const { givenNames } = g.nameVocabulary;
  if ((words[0] as string).split('-').some((part) => givenNames.has(foldName(part)))) return true;
  if (a.role || c.table.affiliations.some((f) => f.actor === a.name)) return true;
  if (speaking && c.statements.some((s) => s.speaker === a.name || s.reportedBy === a.name)) return true;
  const family = words.slice(1);
  if ([...a.aliases].some((alias) => !alias.includes(' ') && family.includes(alias))) return true;
  return c.table.mentions.some((m) => m.key === a.name && (
    HONORIFICS.has(c.text.slice(Math.max(0, m.start - 6), m.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '')
    || AGE_AFTER.test(c.text.slice(m.end, m.end + 8))));
}

// "Médecins du Monde", "Tren de Aragua", "Metro de Santiago": a particle inside a name is a person's ("Joaquín de la
// Peña", "Ursula von der Leyen") only after a given name; otherwise the name is a body's.
const INNER_PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'do', 'da', 'dos', 'das', 'van', 'von', 'der', 'den']);

export function dropThingNamedPersons(c: Candidates, g: Gazetteer): void {
  const { ordinaryWords } = g.nameVocabulary;
  if (ordinaryWords.size === 0) return;
  for (const a of [...c.table.actors.values()]) {
    const words = a.name.split(/\s+/);
    if (a.kind !== 'person' || words.length < 2 || g.actorByAlias.has(a.name)) continue;
    if (ordinaryWord(words[words.length - 1] as string, ordinaryWords) && !leavesAPersonsTrace(a, c, g)) {
      removeCandidateActors(c, new Set([a.name]));
      continue;
    }
    const particle = words.slice(1, -1).some((w) => INNER_PARTICLES.has(w));
    if (particle && !leavesAPersonsTrace(a, c, g, false)) c.table.retype(a.name, 'organization');
  }
}
