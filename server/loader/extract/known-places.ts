// A candidate actor whose whole name is a town, city or province of the world places gazetteer (world-places.ts) and
// that the text gives nothing an actor has: no title or honorific, no verb of saying, no role or employee after it
// ("Honda chief executive"), no "analysts at", no shares, no list with companies ("CaixaBank, BBVA and Santander"), no
// verb it is the subject of ("Liverpool won"). Such a name is where something happens ("a Rio de Janeiro court",
// "the mayor of Istanbul"), not who acts. A seat of government with no such cue stands for its state when that state
// is an actor of the text ("offered its support to La Paz"); one that speaks ("a charge Cotonou denies") is left to
// the speaker rules. A known name cut out of a longer place name ("Norte de" + "Santander") is that place.
//
// The judgement reads only the text around the mentions, so the same function judges the extractor's table and, in
// scripts/eval-places-gazetteer.ts, the documents older rules produced.
import type { ActorKind } from '../graph-document.ts';
import type { Gazetteer } from './gazetteer.ts';
import { verbAfterName } from './verb-after-name.ts';
import { foldPlaceName, type WorldPlaces } from './world-places.ts';
import { HONORIFICS, MEDIA_HEADS, MILITARY_HEADS, ORG_HEADS, ROLE_NOUNS, SPEECH_VERBS, WORKS_AT } from './lexicon.ts';

export interface PlaceCandidate {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  mentions: ReadonlyArray<{ start: number; end: number }>;
}

export interface PlaceContext {
  text: string;
  g: Gazetteer;
  places: WorldPlaces;
  states: ReadonlySet<string>; // the state actors of the text
  bodyMentions: ReadonlyArray<{ start: number; end: number }>; // mentions of organisations and media, for lists
}

export type PlaceVerdict = { place: string } | { state: string } | null;

const BODY_HEADS = new Set([...ORG_HEADS, ...MILITARY_HEADS, ...MEDIA_HEADS]);
// What only an actor does right after its name: an employee or role ("Chelsea coach", "Meta's chief global affairs
// officer"), a party or union ("the ruling Morena party"), a verb it is the subject of ("Liverpool won", "Sterling
// slipped"; not "was", which a place takes as often: "Kharkiv was shelled").
export const ROLE_AFTER = new RegExp(`^(?:['’]s?)?\\s+(?:[a-z-]+\\s+){0,3}?(?:${[...ROLE_NOUNS].map((w) => w.replace(/[.-]/g, '\\$&')).join('|')}|party|union|negotiators?|employees?|workers|shareholders|shares|board|spokes(?:man|woman|person))\\b`);
const VERB_AFTER = verbAfterName({ gap: 'space', copula: false, auxiliaryAlone: true, presentTense: false });
// "Albemarle, the US-based owner of …", "Santander, Spain's largest lender": an appositive that says what sort of body.
const APPOSITIVE_BODY = /^,\s+(?:the|a|an|its|[\p{Lu}][\p{L}.]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:owner|company|maker|group|firm|miner|producer|operator|carrier|bank|lender|insurer|retailer|manufacturer|developer|supplier|giant|conglomerate|club|side|team|union|party|broadcaster|newspaper|agency)\b/u;
const SHARES_BEFORE = /\b(?:shares|stock|stake)\s+(?:in|of)\s+$/i;
const LIST_GAP = /^\s*(?:,|,?\s+and|,?\s+or|&)\s*$/;
const WORD_BEFORE = /(\p{L}+\.?)\s+$/u;
// Up to three capitalised words, each perhaps with a particle, right before or after a mention.
const PARTICLE = '(?:de|del|de la|do|da|dos|das|di|du|des|el|al|la|le|los|las)';
const LONGER_NAME_BEFORE = new RegExp(`(?:\\p{Lu}[\\p{L}-]*\\s+(?:${PARTICLE}\\s+)?){1,3}$`, 'u');
const LONGER_NAME_AFTER = new RegExp(`^(?:\\s+(?:${PARTICLE}\\s+)?\\p{Lu}[\\p{L}-]*){1,3}`, 'u');
// After a preposition the name is its object, so a verb after it has another subject ("the fighting in North and South
// Kivu has displaced", "the Federal Prosecutor's Office in Karlsruhe said"). Not "by": "offered by X" is X's act.
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|of|to|near|across|outside|inside|into|towards?|through|throughout|around|between|off)\s+(?:(?:the|northern|southern|eastern|western|central)\s+)*(?:\p{Lu}[\p{L}-]*\s+(?:and|or)\s+)?$/u;

// The name alone: a town, city or province of the gazetteer that no actor entry, capital, state's name ("Niger" is
// also a Nigerian state) or body's head word claims.
export function knownPlaceName(c: PlaceCandidate, ctx: PlaceContext): boolean {
  if (c.kind === 'state' || c.kind === 'media' || !/\p{Ll}/u.test(c.name) || /\d/.test(c.name)) return false;
  if ([c.name, ...c.aliases].some((n) => ctx.g.actorByAlias.has(n) || ctx.g.capitalOf.has(n) || ctx.g.ambiguousStates.has(n))) return false;
  const last = c.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return !BODY_HEADS.has(last) && ctx.places.names.has(foldPlaceName(c.name));
}

// The first thing around one mention that only an actor has, by name (for the evaluation's tallies), or null.
export function actorCueAt(m: { start: number; end: number }, ctx: PlaceContext): string | null {
  const { text } = ctx;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 60);
  const wordBefore = WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  const verb = /^(?:['’]s)?\s+(?:has\s+|had\s+|have\s+)?(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  if (ROLE_NOUNS.has(wordBefore) || HONORIFICS.has(wordBefore)) return 'title before';
  if (WORKS_AT.test(before) || SHARES_BEFORE.test(before)) return 'employer or shares before';
  const objectOfPreposition = PREPOSITION_BEFORE.test(before);
  if (SPEECH_VERBS.has(verb) && !objectOfPreposition) return 'verb of saying';
  if (ROLE_AFTER.test(after) || APPOSITIVE_BODY.test(after)) return 'role or body noun after';
  if (VERB_AFTER.test(after) && !objectOfPreposition) return 'subject of a verb';
  const listedWithBody = ctx.bodyMentions.some((b) => (b.end <= m.start && LIST_GAP.test(text.slice(b.end, m.start)))
    || (b.start >= m.end && LIST_GAP.test(text.slice(m.end, b.start))));
  return listedWithBody ? 'listed with a body' : null;
}

// The longer place name a mention is part of ("Norte de Santander", where the name scanner took the bank "Santander"
// or the fragment "Norte de"): up to three capitalised words (and particles) either side, the longest known name.
export function longerPlaceAt(m: { start: number; end: number }, ctx: PlaceContext): string | undefined {
  const before = LONGER_NAME_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start))?.[0] ?? '';
  const after = LONGER_NAME_AFTER.exec(ctx.text.slice(m.end, m.end + 40))?.[0] ?? '';
  if (!before && !after) return undefined;
  const left = before.trim() ? before.trim().split(/\s+/) : [];
  const right = after.trim() ? after.trim().split(/\s+/) : [];
  const own = ctx.text.slice(m.start, m.end);
  let best: string | undefined;
  for (let i = 0; i <= left.length; i += 1) {
    for (let j = right.length; j >= 0; j -= 1) {
      if (i === left.length && j === 0) continue;
      const name = [...left.slice(i), own, ...right.slice(0, j)].join(' ');
      const ends = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
      if (ends(name.split(' ')[0]) && ends(name.split(' ').at(-1)) && ctx.places.names.has(foldPlaceName(name)) && name.length > (best?.length ?? 0)) best = name;
    }
  }
  return best;
}

export function judgeKnownPlace(c: PlaceCandidate, ctx: PlaceContext): PlaceVerdict {
  if (c.mentions.length === 0) return null;
  const longer = c.mentions.map((m) => longerPlaceAt(m, ctx));
  if (c.kind !== 'state' && longer.every((x) => x !== undefined)) return { place: longer[0] as string };
  if (!knownPlaceName(c, ctx) || c.mentions.some((m) => actorCueAt(m, ctx) !== null)) return null;
  // A seat that speaks ("a charge Cotonou denies") keeps its cue above and is left to the speaker rules.
  const seatOf = ctx.places.seats.get(c.name);
  return seatOf && ctx.states.has(seatOf) ? { state: seatOf } : { place: c.name };
}
