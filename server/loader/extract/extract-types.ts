// Working types shared by the extraction steps. They stay inside server/loader/extract: the public output is the
// GraphDocument (../graph-document.ts).
import type { ActorKind } from '../graph-document.ts';

export interface SentenceSpan {
  index: number;
  text: string;
  start: number; // character offsets into the article text
  end: number;
}

export interface Token {
  text: string;
  start: number; // offsets into the article text
  end: number;
}

// A stretch of text that names (or points back to) an actor, already resolved to an actor key.
export interface ActorMention {
  key: string; // canonical name; becomes the actor id's slug
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface PlaceMention {
  name: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface ActorInfo {
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  role?: string; // "defense minister": lets "the minister" find him later
}

export interface AffiliationFact {
  actor: string; // actor key
  affiliate: string;
  role: string;
  sentence: number;
}

export interface DateValue {
  date: string | null; // YYYY-MM-DD; first day of the month/year for coarser precision
  precision: 'day' | 'month' | 'year' | 'unknown';
}
