// Who speaks in a sentence: the subject before a speech verb ("Noh said", "Acme Corp., which …, said"), the name
// after it ("said Noh"), the object of "according to", a pronoun (he/she → the last person named), or the main
// subject for a trailing participle (", noting that …").
import type { ActorMention, SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import { SPEECH_VERBS } from './lexicon.ts';

export interface SpeechCue {
  speaker: string | null; // actor key
  contentStart: number; // offset into the sentence text where what was said begins
  verbStart: number;
  reportedBy: string | null;
}

const VERB = new RegExp(`\\b(${[...SPEECH_VERBS, 'threatened', 'threatens', 'called on', 'called for', 'calls on', 'calls for'].join('|')})\\b`, 'g');
// Between a subject and its verb: the body's type noun or its people ("the CGT union", "Hamas officials"), a
// possessive's office or spokesperson ("Netanyahu's office"), a parenthesis (", who …,"), adverbs, auxiliaries.
const SUBJECT_GAP = /^(?:['’]s?\s+(?:press\s+)?(?:office|spokes\w+|government|lawyers?|aides?|campaign|team|officials|representatives?)\b)?(?:\s+(?:union|company|firm|group|party|club|bank|agency|ministry|government|militants|fighters|chief|boss|officials|sources|authorities|diplomats|spokes\w+))?(?:\s*,[^"“”]*?,)?\s*(?:(?:officials|sources|authorities|diplomats|spokes\w+|prosecutors|also|has|had|have|later|earlier|previously|then|again|separately|publicly|repeatedly|further|on \w+|in a statement|\w+ly)\s+)*$/;
// A trailing attribution to unnamed officials (", officials in both countries said.") speaks for the sentence's subject.
const UNNAMED_OFFICIALS = /,\s+(?:[a-z]+\s+)?(?:officials|authorities|diplomats)(?:\s+(?:in|from|of)\s+[^,"“”]{1,30})?\s+(?:said|say|says)\.?$/;
const QUOTE_VERBS = /\b(called|described)\b/g;

export function speechCue(s: SentenceSpan, table: ActorTable, lastPerson: () => string | null): SpeechCue | null {
  const mentions = table.mentionsIn(s.index);
  const local = (m: ActorMention) => ({ start: m.start - s.start, end: m.end - s.start });
  const isMedia = (m: ActorMention | undefined) => m !== undefined && table.actors.get(m.key)?.kind === 'media';
  let reportedBy: string | null = null;
  const reports = /\b(?:reports|reported|according to|reporting by|told)\s+$/;
  for (const m of mentions) {
    if (isMedia(m) && reports.test(s.text.slice(0, local(m).start))) reportedBy = m.key;
  }
  const according = /\b[Aa]ccording to\s+/g;
  for (const a of s.text.matchAll(according)) {
    const at = (a.index ?? 0) + a[0].length;
    const m = mentions.find((x) => Math.abs(local(x).start - at) <= 4);
    if (m && !(isMedia(m) && mentions.length > 1 && reportedBy === m.key && hasOtherSpeech(s.text))) {
      const after = s.text.indexOf(',', local(m).end);
      return { speaker: m.key, contentStart: after >= 0 ? after + 1 : 0, verbStart: a.index ?? 0, reportedBy: reportedBy === m.key ? null : reportedBy };
    }
  }
  const verbs = [...s.text.matchAll(VERB), ...(/["“]/.test(s.text) ? [...s.text.matchAll(QUOTE_VERBS)] : [])];
  // A trailing attribution (", Defence Minister X told parliament.") names the speaker of the whole sentence.
  const trailing = (v: RegExpMatchArray) => /,\s[^,"“”]{0,60}$/.test(s.text.slice(0, v.index ?? 0)) && s.text.length - (v.index ?? 0) < 60;
  verbs.sort((a, b) => Number(trailing(b)) - Number(trailing(a)) || (a.index ?? 0) - (b.index ?? 0));
  for (const v of verbs) {
    const vs = v.index ?? 0;
    const ve = vs + v[0].length;
    const rest = s.text.slice(ve);
    if (/^\s+(?:were|was|is|are|had|has|would)\b/.test(rest)) continue; // "sanctions that Washington said were …"
    // An appositive name ("The airline's chief executive, Carsten Spohr, said") has one comma before the verb.
    const gapFits = (m: ActorMention) => {
      const gap = s.text.slice(local(m).end, vs);
      return SUBJECT_GAP.test(gap) || (/^,\s*$/.test(gap) && /,\s*$/.test(s.text.slice(0, local(m).start)));
    };
    const before = [...mentions].reverse().find((m) => local(m).end <= vs && gapFits(m));
    const after = mentions.find((m) => local(m).start >= ve && /^\s*(?:the\s+)?(?:[a-z-]+\s+){0,3}$/.test(s.text.slice(ve, local(m).start)) && !/\bthat\b/.test(s.text.slice(ve, local(m).start)));
    const contentStart = ve + (/^\s+that\b/.exec(rest)?.[0].length ?? 0);
    if (isMedia(before) && /report/.test(v[0])) continue;
    if (isMedia(after) && /report/.test(v[0])) continue;
    // "…," said X / …, said X: the name after the verb speaks only where what was said comes first.
    // A comma that closes a parenthesis after the subject (", speaking in French, said") is not an inversion.
    const inverted = /["”,]\s*$/.test(s.text.slice(0, vs)) && !(before && /^\s*,/.test(s.text.slice(local(before).end, vs)));
    if (before && !(after && inverted)) return { speaker: before.key, contentStart, verbStart: vs, reportedBy };
    if (after && inverted) return { speaker: after.key, contentStart: 0, verbStart: vs, reportedBy };
    if (/\b(?:he|she)\s+$/i.test(s.text.slice(0, vs))) return { speaker: lastPerson(), contentStart, verbStart: vs, reportedBy };
  }
  const unnamed = UNNAMED_OFFICIALS.exec(s.text);
  const subject = mentions.find((m) => ['state', 'organization', 'military', 'group'].includes(table.actors.get(m.key)?.kind ?? ''));
  if (unnamed && subject && local(subject).end <= unnamed.index) return { speaker: subject.key, contentStart: 0, verbStart: unnamed.index, reportedBy };
  const participle = /,\s+(?:noting|adding|saying|stressing|warning|arguing|insisting|claiming)\s+(?:that\s+)?/g;
  for (const p of s.text.matchAll(participle)) {
    const subject = mentions[0];
    if (subject && local(subject).start < (p.index ?? 0)) {
      return { speaker: subject.key, contentStart: (p.index ?? 0) + p[0].length, verbStart: p.index ?? 0, reportedBy };
    }
  }
  return null;
}

function hasOtherSpeech(text: string): boolean {
  VERB.lastIndex = 0;
  return VERB.test(text);
}
