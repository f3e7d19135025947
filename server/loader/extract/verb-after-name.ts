// A verb right after a name makes the name its subject, and a subject is an actor: "Liverpool won", "Unite has
// warned", "Poland and Hungary have agreed". Three rules ask it to tell an actor from a look-alike:
// ordinary-word-names.ts (a run of ordinary words that acts is an organisation, not a person), known-places.ts (a
// town that acts is no mere place) and place-only-states.ts (a state after "to" or "from" that is a list's subject
// is no mere place). One set of words serves all three; the options are where they genuinely need different
// strictness (each option says which reading it would get wrong where it is not wanted).

// Words that may stand before the verb: tense, mood, aspect, negation, "also" ("has warned", "have also not agreed").
const AUXILIARIES = 'has|have|had|will|would|could|can|may|might|must|should|did|does';
const HELPERS = `(?:(?:${AUXILIARIES}|do|also|not|still|now|then)\\s+)*`;
// "is", "was": a place takes them as often as an actor ("Kharkiv was shelled").
const COPULA_HELPERS = `(?:(?:${AUXILIARIES}|is|are|was|were|do|also|not|still|now|then)\\s+)*`;
// Verbs no suffix rule catches: irregular past tenses, and "says".
const IRREGULAR_VERBS = 'says|said|told|made|took|sent|won|beat|lost|drew|fired|struck|sought|began|held|hit|cut|set|put|ran|bought|sold|paid|gave';

export interface VerbAfterOptions {
  // What may stand between the name and its verb: nothing but a space; a possessive ending or a comma ("Unite, said"
  // ends a quote); or a clause between commas ("Turkey, which hosts the talks, has agreed"), which only a list's end
  // can have without the clause's own verb being read instead.
  gap: 'space' | 'possessive-or-comma' | 'clause';
  // "is" or "was" before the verb ("is expected", "was fined"). Off for a town: "Kharkiv was shelled" is a place.
  copula: boolean;
  // An auxiliary alone is a verb ("Liverpool has", "Cotonou will"): "has" rarely follows a mere place.
  auxiliaryAlone: boolean;
  // Present tenses and participles ("agrees", "sending"). Only after a list that a preposition opened: elsewhere a
  // plural noun ends in -s too ("Super Puma helicopters", "Liverpool fans").
  presentTense: boolean;
}

// A regular expression that matches the text right after a name when a verb follows it, as the options allow.
export function verbAfterName(o: VerbAfterOptions): RegExp {
  const gap = { space: '', 'possessive-or-comma': "(?:['’]s?)?,?", clause: '(?:,[^,.;]{1,80},)?' }[o.gap];
  const verbs = [o.presentTense ? '\\p{Ll}+(?:ed|s|ing)' : '\\p{Ll}+ed', IRREGULAR_VERBS, o.auxiliaryAlone ? AUXILIARIES : ''].filter(Boolean).join('|');
  return new RegExp(`^${gap}\\s+${o.copula ? COPULA_HELPERS : HELPERS}(?:${verbs})\\b`, 'u');
}
