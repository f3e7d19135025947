// RESPONDS_TO between events, only where the text says one answers another: "in response to", "in retaliation
// for", "in reaction to", "responding to", "to protest", and "after/following condemning …" (the condemned act is
// what the main event answers). A bare "after" is only time ("the visit on November 5 after joint exercises"), so
// it links nothing. The answering event is the nearest one before the cue in the sentence (or, when the cue opens the
// sentence, the first one after its clause); the event answered is the first one inside the cue's phrase, passing
// over the speech acts ("condemning", "criticising") that only say how the answer was given. A condemnation or
// criticism answers the acts it names.
import type { EventType } from '../graph-document.ts';
import type { SentenceSpan } from './extract-types.ts';
import type { EventDraft } from './events.ts';

const CUES = /\b(?:in (?:response|reply|reaction|retaliation|answer) (?:to|for|against)|responding to|retaliating (?:for|against)|in protest (?:at|against|over)|to protest(?: against)?|(?:after|following) (?:condemning|criticising|criticizing|denouncing|protesting|slamming|rejecting))\s/gi;
const SPEECH_ACTS = new Set<EventType>(['CONDEMNATION', 'CRITICISM', 'THREAT', 'PROTEST', 'STATEMENT']);

export type ResponseLink = [responder: EventDraft, cause: EventDraft];

export function findResponses(sentences: SentenceSpan[], drafts: EventDraft[]): ResponseLink[] {
  const links: ResponseLink[] = [];
  for (const s of sentences) {
    const here = drafts.filter((d) => d.sentences[0] === s.index).sort((a, b) => a.start - b.start);
    if (here.length < 2) continue;
    for (const cue of s.text.matchAll(CUES)) {
      const at = s.start + (cue.index ?? 0);
      const phraseEnd = at + clauseLength(s.text.slice((cue.index ?? 0) + cue[0].length)) + cue[0].length;
      const inPhrase = here.filter((d) => d.start >= at && d.start < phraseEnd);
      const cause = inPhrase.find((d) => !SPEECH_ACTS.has(d.type)) ?? inPhrase[0];
      const responder = [...here].reverse().find((d) => d.end <= at) ?? here.find((d) => d.start >= phraseEnd);
      if (cause && responder && cause !== responder) links.push([responder, cause]);
    }
    // Condemning or criticising an act answers it: "condemned the missile launch", "criticism of the meeting".
    for (const d of here.filter((x) => x.type === 'CONDEMNATION' || x.type === 'CRITICISM')) {
      const rest = s.text.slice(d.end - s.start);
      if (!d.verbal && !/^\s+of\s/.test(rest)) continue;
      const phraseEnd = d.end + clauseLength(rest);
      for (const x of here) if (x.start >= d.end && x.start < phraseEnd && !SPEECH_ACTS.has(x.type)) links.push([d, x]);
    }
  }
  return links;
}

// The cue's phrase runs to the next clause break: a semicolon, a comma before a new clause, or the sentence's end.
function clauseLength(rest: string): number {
  const m = /;|,\s+(?!and\b|or\b)|\s+(?:but|while|although)\s/.exec(rest);
  return m ? m.index : rest.length;
}
