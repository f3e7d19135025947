// Who speaks in a sentence: the subject before a speech verb ("Noh said", "Acme Corp., which …, said"), the name
// after it ("said Noh"), the object of "according to", a pronoun (he/she → the last person named), or the main
// subject for a trailing participle (", noting that …").
import type { ActorMention, SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { APPOSITIVE_GAP, ISSUED_SAYING, OPENING_SUBJECT, QUOTE_VERBS, RANKS, RELATIVE_GAP, SOURCE_OF_DOCUMENT, SPEECH_ACT, SUBJECT_GAP, UNNAMED_OFFICIALS, VERB, WHICH_GAP, titlesOnly } from './speaker-patterns.ts';
import { describedSpeaker, descriptionBefore, openingDescription, sourceDescription, voiceOf } from './speaker-descriptions.ts';

export interface SpeechCue {
  speaker: string | null; // actor key
  contentStart: number; // offset into the sentence text where what was said begins
  verbStart: number;
  reportedBy: string | null;
}

// `lastPerson(at)`: the person a pronoun at sentence offset `at` points back to (statements.ts); `lastSpeaker`: who
// spoke in the statement just before. `s` may be one clause of a sentence: only the mentions inside it count.
export function speechCue(s: SentenceSpan, table: ActorTable, lastPerson: (at: number) => string | null, lastSpeaker: string | null = null): SpeechCue | null {
  const mentions = table.mentionsIn(s.index).filter((m) => m.start >= s.start && m.end <= s.end);
  const voice = (m: ActorMention) => voiceOf(m, table);
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
    // "according to a notice posted by the FDA", "according to tracking data from MarineTraffic": the source is who
    // posted or gave it.
    let m = mentions.find((x) => Math.abs(local(x).start - at) <= 4)
      ?? mentions.find((x) => local(x).start > at && SOURCE_OF_DOCUMENT.test(s.text.slice(at, local(x).start)))
      // "according to the Armed Conflict Location & Event Data project (ACLED)": the acronym names the source.
      ?? mentions.find((x) => local(x).start > at && /^[^,;"“”()]{1,80}\($/.test(s.text.slice(at, local(x).start)))
      // "according to opposition leader María Corina Machado": lower-case role words before a person.
      ?? mentions.find((x) => local(x).start > at && table.actors.get(x.key)?.kind === 'person' && /^(?:the\s+)?(?:[\p{Ll}'’-]+\s+){1,3}$/u.test(s.text.slice(at, local(x).start)));
    // "according to South Korea's Yonhap news agency": the owner's possessive qualifies the source.
    // So does an employer before a role ("according to Oracle chairman Larry Ellison").
    const qualifies = (a: ActorMention, b: ActorMention) => {
      const gap = s.text.slice(local(a).end, local(b).start);
      // "according to the US Food and Drug Administration": a state before a body's name qualifies it.
      if (/^\s+$/.test(gap) && table.actors.get(a.key)?.kind === 'state' && !['person', 'state'].includes(table.actors.get(b.key)?.kind ?? '')) return true;
      return /^['’]s\s+$/.test(gap) || (table.actors.get(b.key)?.kind === 'person' && /^\s+(?:[a-z-]+\s+){1,3}$/.test(gap) && gap.trim().split(/\s+/).every((w) => TITLE_WORDS.has(w)));
    };
    for (let next = m && mentions[mentions.indexOf(m) + 1]; m && next && qualifies(m, next); next = mentions[mentions.indexOf(next) + 1]) m = next;
    // "according to the finance ministry", "according to figures from the alliance": a description names the source.
    const described = m ? null : sourceDescription(s.text.slice(at));
    const describedKey = described && describedSpeaker(described, s.start + at + described.start, s, table, lastSpeaker);
    if (describedKey) return { speaker: describedKey, contentStart: 0, verbStart: a.index ?? 0, reportedBy };
    if (m && !(isMedia(m) && mentions.length > 1 && reportedBy === m.key && hasOtherSpeech(s.text))) {
      const after = s.text.indexOf(',', local(m).end);
      return { speaker: voice(m), contentStart: after >= 0 ? after + 1 : 0, verbStart: a.index ?? 0, reportedBy: reportedBy === m.key ? null : reportedBy };
    }
  }
  const verbs = [...s.text.matchAll(VERB), ...(/["“]/.test(s.text) ? [...s.text.matchAll(QUOTE_VERBS)] : [])];
  // An appositive name ("The airline's chief executive, Carsten Spohr, said", "its chair, Andrew Ferguson, has
  // said") has one comma before the verb.
  const gapFits = (m: ActorMention, vs: number) => {
    const gap = s.text.slice(local(m).end, vs);
    // "His father, former prime minister Hun Sen, accused …": lower-case titles may stand between comma and name.
    if (SUBJECT_GAP.test(gap)) return true;
    // "Milei, who said inflation had fallen …": the antecedent of "who" speaks.
    // Only for a verb of saying ("King X, who declared three days of mourning" is an act).
    if (RELATIVE_GAP.test(gap) && /^(?:said|says|told|argued|insisted|warned|threatened|threatens|vowed|pledged|promised)\b/.test(s.text.slice(vs)) && table.actors.get(m.key)?.kind === 'person') return true;
    // "…, or Fomca, which accused big retailers …", "the regulator, which ruled that …": a body's relative clause.
    if (WHICH_GAP.test(gap) && /^(?:said|says|accused|accuses|warned|argued|ruled|found|estimated|estimates)\b/.test(s.text.slice(vs)) && table.actors.get(m.key)?.kind !== 'person') return true;
    if (!APPOSITIVE_GAP.test(gap)) return false;
    // "…, Lieutenant General Maly Socheata, said", "Its commander, Rear Admiral X, told": the appositive's title may be
    // a capitalised rank.
    const lead = /,\s*((?:[\p{L}.-]+\s+){0,4})$/u.exec(s.text.slice(0, local(m).start));
    // "Nexperia's parent, Shanghai-listed Wingtech Technology, said": a body's appositive may carry a place adjective.
    if (/,\s*\S+-(?:listed|based|headquartered|registered|owned)\s+$/.test(s.text.slice(0, local(m).start)) && table.actors.get(m.key)?.kind !== 'person') return true;
    const words = (lead?.[1] ?? '').trim().split(/\s+/);
    const titles = words.every((w) => TITLE_WORDS.has(w) || (/^\p{Lu}/u.test(w) && (TITLE_WORDS.has(w.toLowerCase()) || RANKS.has(w.toLowerCase()))));
    return lead !== null && (lead[1] === '' || (table.actors.get(m.key)?.kind === 'person' && titles));
  };
  // The subject that opens the sentence: the first person named before its first comma ("Kenyan President William
  // Ruto, who …"), else the first name there.
  const leadingSubject = (limit: number) => {
    const comma = s.text.indexOf(',');
    const end = Math.min(limit, comma < 0 ? s.text.length : comma);
    // "Japan's ruling Liberal Democratic Party": an owner's possessive is not the subject.
    const opening = mentions.filter((m) => local(m).end <= end).filter((m, i, all) => !(i + 1 < all.length && /^['’]s\b/.test(s.text.slice(local(m).end))));
    // "Canada's prime minister, Mark Carney, welcomed …": a role owned by a possessive, then the name in commas.
    const appositive = mentions.find((m) => local(m).start > end && table.actors.get(m.key)?.kind === 'person');
    if (appositive && local(appositive).end < limit && /^['’]s\s+[\p{Ll}\s-]+,\s*$/u.test(s.text.slice(opening[0] ? local(opening[0]).end : 0, local(appositive).start))
      && /^\s*,/.test(s.text.slice(local(appositive).end))) return appositive;
    return opening.find((m) => table.actors.get(m.key)?.kind === 'person') ?? opening[0];
  };
  const subjectOf = (vs: number) => [...mentions].reverse().find((m) => local(m).end <= vs && gapFits(m, vs));
  // A trailing attribution (", Defence Minister X told parliament.") names the speaker of the whole sentence, unless
  // the sentence opens with its speaker ("Economists at Nomura said …, while Capital Economics forecast two").
  const opensWithSpeaker = verbs.some((v) => {
    const b = subjectOf(v.index ?? 0);
    return /^(?:said|says|told|tells|added|wrote|noted|argued|warned)$/.test(v[0]) && b !== undefined && !/[,"“”]/.test(s.text.slice(0, local(b).start));
  });
  // A long name may fill the attribution ("…, the National Disaster Risk Reduction and Management Council (NDRRMC)
  // said."): the subject found after the last comma counts as short.
  const afterLastComma = (v: RegExpMatchArray) => {
    const head = s.text.slice(0, v.index ?? 0);
    const subject = subjectOf(v.index ?? 0);
    return subject !== undefined && !/[,"“”]/.test(head.slice(local(subject).start)) && /,\s[^,"“”]*$/.test(head.slice(0, local(subject).start))
      && head.length - local(subject).end < 40;
  };
  const trailing = (v: RegExpMatchArray) => !opensWithSpeaker && (/,\s[^,"“”]{0,60}$/.test(s.text.slice(0, v.index ?? 0)) || afterLastComma(v)) && s.text.length - (v.index ?? 0) < 60;
  verbs.sort((a, b) => Number(trailing(b)) - Number(trailing(a)) || (a.index ?? 0) - (b.index ?? 0));
  for (const v of verbs) {
    const vs = v.index ?? 0;
    const ve = vs + v[0].length;
    const rest = s.text.slice(ve);
    if (/^\s+(?:were|was|is|are|had|has|would)\b/.test(rest)) continue; // "sanctions that Washington said were …"
    // "declared an emergency", "declared martial law": an act, not a saying.
    if (/^declare[sd]$/.test(v[0]) && /^\s+(?:an?\s+|the\s+)?(?:(?:national|local|public|health|state\s+of)\s+)?(?:emergency|war|martial\s+law|bankruptcy|curfew|disaster)/i.test(rest)) continue;
    const before = subjectOf(vs);
    const after = mentions.find((m) => local(m).start >= ve && titlesOnly(s.text.slice(ve, local(m).start)));
    const contentStart = ve + (/^\s+that\b/.exec(rest)?.[0].length ?? 0);
    if (isMedia(before) && /report/.test(v[0])) continue;
    if (isMedia(after) && /report/.test(v[0])) continue;
    // "…," said X / …, said X: the name after the verb speaks only where what was said comes first.
    // A comma that closes a parenthesis after the subject (", speaking in French, said") is not an inversion.
    // "accused X of …", "thanked X": the name after these verbs is their object, never an inverted speaker.
    // "Cambodia's defence ministry spokeswoman, Lieutenant General X, said Thai forces …": a subject that opens the
    // sentence and an appositive's closing comma are no inversion; "told" is never inverted.
    const opensSentence = (m: ActorMention) => !/[,"“”]/.test(s.text.slice(0, local(m).start));
    const inverted = /["”,]\s*$/.test(s.text.slice(0, vs)) && !(before && (/^\s*,/.test(s.text.slice(local(before).end, vs)) || opensSentence(before)))
      && !/^(?:told|tells)$/.test(v[0])
      && !/^(?:accused|dismissed|branded|labell?ed|denounced|condemned|thanked|praised)$/.test(v[0]);
    // "…, the confederation said", "the company said" (coreference may have pointed it at the nearest body): the body
    // the description stands for, ranked in speaker-descriptions.ts.
    const description = descriptionBefore(s.text.slice(0, vs));
    // Only where no name stands there: a pointer coreference.ts added is no alias of its actor ("its foreign
    // ministry", an owned institution, is).
    const pointer = (m: ActorMention) => local(m).start >= (description?.start ?? Infinity) && !table.actors.get(m.key)?.aliases.has(m.text);
    if (description && (!before || pointer(before))) {
      const key = describedSpeaker(description, s.start + description.start, s, table, lastSpeaker);
      if (key) return { speaker: key, contentStart, verbStart: vs, reportedBy };
    }
    const opening = openingDescription(s.text.slice(0, vs));
    if (opening && (!before || local(before).start >= opening.modifierStart)) {
      const key = describedSpeaker(opening, s.start + opening.start, s, table, lastSpeaker);
      if (key) return { speaker: key, contentStart, verbStart: vs, reportedBy };
    }
    if (before && !(after && inverted)) return { speaker: voice(before), contentStart, verbStart: vs, reportedBy };
    if (after && inverted) return { speaker: voice(after), contentStart: 0, verbStart: vs, reportedBy };
    // "he said", "his office said": the person the text is about.
    if (/\b(?:he|she)\s+$|\b(?:his|her|the\s+[a-z]+['’]s)\s+(?:office|spokes\w+|aides?|lawyers?|team|camp|campaign|representatives?)\s+$/i.test(s.text.slice(0, vs))) {
      return { speaker: lastPerson(vs), contentStart, verbStart: vs, reportedBy };
    }
    // "…, the country's military government said": the state the sentence named last speaks through its rulers.
    if (/\bthe\s+country['’]s\s+(?:[a-z-]+\s+){0,2}(?:government|authorities|officials|junta|regime|leadership)\s+$/i.test(s.text.slice(0, vs))) {
      const state = [...mentions].reverse().find((m) => local(m).end <= vs && table.actors.get(m.key)?.kind === 'state');
      if (state) return { speaker: state.key, contentStart: 0, verbStart: vs, reportedBy };
    }
    // "Kenyan President William Ruto, who …, congratulated the winner and said …": the sentence's subject, when it
    // opens the sentence, also speaks the verb coordinated with its first.
    const opener = leadingSubject(vs);
    const coordinated = /\b(?:and|but)\s+(?:also\s+|later\s+)?$/.test(s.text.slice(0, vs)) && !/["“”]/.test(s.text.slice(0, vs));
    // "The ministry blamed the ISSP, a jihadist group …, and said …": a description opening the sentence is its
    // subject, not the first name after its verb.
    const openingSort = coordinated ? OPENING_SUBJECT.exec(s.text) : null;
    if (openingSort?.[1] !== undefined) {
      const key = describedSpeaker({ start: 0, head: openingSort[1], qualifier: '' }, s.start, s, table, lastSpeaker);
      if (key) return { speaker: key, contentStart, verbStart: vs, reportedBy };
    }
    if (opener && coordinated) {
      return { speaker: opener.key, contentStart, verbStart: vs, reportedBy };
    }
  }
  // "…, with President Christine Lagarde saying …", "with Serbian President X calling the agreement …": the name
  // before the participle speaks.
  const withSaying = /\bwith\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:saying|calling|warning|describing|accusing)\s+(?:that\s+)?/u.exec(s.text);
  const sayer = withSaying && [...mentions].reverse().find((m) => local(m).end <= withSaying.index + withSaying[0].length && local(m).start > withSaying.index);
  if (withSaying && sayer) return { speaker: sayer.key, contentStart: withSaying.index + withSaying[0].length, verbStart: withSaying.index, reportedBy };
  // "X and Y condemned the attack, the Saudi Press Agency reported.": the outlet reports what the subject said.
  const media = [...mentions].reverse().find((m) => isMedia(m));
  const opener = leadingSubject(s.text.length);
  if (media && opener && opener !== media && /^\s+(?:reported|said|says|reports)\.?$/.test(s.text.slice(local(media).end))
    && SPEECH_ACT.test(s.text.slice(local(opener).end, local(media).start)) && /,\s*(?:the\s+)?(?:[\p{Ll}-]+\s+)*$/u.test(s.text.slice(0, local(media).start))) {
    return { speaker: opener.key, contentStart: 0, verbStart: local(media).start, reportedBy: media.key };
  }
  // "the newspaper Folha de S.Paulo reported in March that …", "…, the state news agency KUNA reported on Friday": an
  // outlet's own report is its statement when nobody else in the sentence speaks (data/eval/LABELLING.md).
  for (const v of s.text.matchAll(/\b(?:reported|reports)\b/g)) {
    const outlet = subjectOf(v.index ?? 0);
    if (isMedia(outlet) && outlet) return { speaker: outlet.key, contentStart: (v.index ?? 0) + v[0].length, verbStart: v.index ?? 0, reportedBy: null };
  }
  const unnamed = UNNAMED_OFFICIALS.exec(s.text);
  const subject = mentions.find((m) => ['state', 'organization', 'military', 'group'].includes(table.actors.get(m.key)?.kind ?? ''));
  if (unnamed && subject && local(subject).end <= unnamed.index) return { speaker: subject.key, contentStart: 0, verbStart: unnamed.index, reportedBy };
  // "…, accusing the guerrillas of …", "…, citing weak exports": the subject charges or gives its reason.
  const participle = /,\s+(?:noting|adding|saying|stressing|warning|arguing|insisting|claiming|calling|accusing|citing|critici[sz]ing)\s+(?:that\s+)?/g;
  for (const p of s.text.matchAll(participle)) {
    const subject = leadingSubject(p.index ?? 0);
    if (subject && local(subject).start < (p.index ?? 0)) {
      return { speaker: subject.key, contentStart: (p.index ?? 0) + p[0].length, verbStart: p.index ?? 0, reportedBy };
    }
    // "She declined to say whether …, saying only that …": a pronoun subject is the person it points back to.
    if (!subject && /^(?:He|She)\s/.test(s.text)) {
      const person = lastPerson(0);
      if (person) return { speaker: person, contentStart: (p.index ?? 0) + p[0].length, verbStart: p.index ?? 0, reportedBy };
    }
  }
  // "X issued guidelines in August 2023 saying …", "X released a statement saying …": the issuer speaks.
  const issued = ISSUED_SAYING.exec(s.text);
  const issuer = issued && subjectOf(issued.index);
  if (issued && issuer) return { speaker: voice(issuer), contentStart: issued.index + issued[0].length, verbStart: issued.index, reportedBy };
  return null;
}

function hasOtherSpeech(text: string): boolean {
  VERB.lastIndex = 0;
  return VERB.test(text);
}
