// A synthetic corpus for the load benchmark: GraphDocuments shaped like extracted news articles, in the proportions
// the extractor gives on the demo article (per sentence: 1 actor, 3.7 mentions, 1 event with about 2 participants,
// 0.8 statements about ~3 things, 0.33 places, 0.6 affiliations; the demo's 15 sentences give 263 elements). Actors
// and places come from shared pools, so articles MERGE onto each other's nodes as real ones do. Seeded: every run
// loads the same corpus.
import { ACTOR_KINDS, EVENT_TYPES, type GraphDocument } from '../server/loader/graph-document.ts';

export interface CorpusOptions {
  articles: number;
  actors: number;
  places: number;
  sentencesPerArticle: number;
  seed: number;
  /** Distinguishes corpora (warm-up vs measured) so their articles never share ids. */
  prefix: string;
}

export const DEFAULT_CORPUS: CorpusOptions = { articles: 200, actors: 150, places: 40, sentencesPerArticle: 20, seed: 7, prefix: 'bench' };

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticCorpus(options: CorpusOptions = DEFAULT_CORPUS): GraphDocument[] {
  const rnd = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const actorPool = Array.from({ length: options.actors }, (_, i) => ({
    id: `actor:${options.prefix}-actor-${i}`, name: `Actor ${i}`, kind: ACTOR_KINDS[i % ACTOR_KINDS.length] ?? 'person',
  }));
  const placePool = Array.from({ length: options.places }, (_, i) => ({ id: `place:${options.prefix}-place-${i}`, name: `Place ${i}` }));
  return Array.from({ length: options.articles }, (_, a) => article(a));

  function article(a: number): GraphDocument {
    const slug = `${options.prefix}-article-${a}`;
    const lines = Array.from({ length: options.sentencesPerArticle }, (_, i) => `Sentence ${i} of article ${a}, where Actor one met Actor two in Place three.`);
    let offset = 0;
    const sentences = lines.map((text, index) => {
      const s = { id: `sentence:${slug}:${index}`, index, text, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return s;
    });
    const sentenceAt = () => pick(sentences);
    const n = sentences.length;
    const per = (ratio: number) => Math.max(1, Math.round(ratio * n));
    const cast = [...new Set(Array.from({ length: n }, () => pick(actorPool)))];
    const places = [...new Set(Array.from({ length: per(0.33) }, () => pick(placePool)))];
    const mentions = Array.from({ length: per(3.7) }, (_, i) => {
      const s = sentenceAt();
      const start = s.start + (i % 10) * 4;
      return { actorId: pick(cast).id, text: 'Actor', start, end: start + 5, sentenceId: s.id };
    });
    const events = Array.from({ length: n }, (_, i) => ({
      id: `event:${slug}:${i}`, type: pick(EVENT_TYPES), summary: `Event ${i} of article ${a}`, date: `2025-0${1 + (i % 9)}-1${i % 10}`,
      datePrecision: 'day' as const, status: 'occurred' as const,
      participants: [{ actorId: pick(cast).id, role: 'agent' as const }, { actorId: pick(cast).id, role: 'target' as const }],
      placeId: pick(places).id, respondsTo: i > 0 && i % 3 === 0 ? [`event:${slug}:${i - 1}`] : [], sentenceIds: [sentenceAt().id],
    }));
    const statements = Array.from({ length: per(0.8) }, (_, i) => ({
      id: `statement:${slug}:${i}`, text: `Statement ${i} of article ${a}`, mode: i % 2 === 0 ? ('direct' as const) : ('reported' as const),
      speakerId: pick(cast).id, aboutIds: [...new Set([pick(cast).id, pick(cast).id, pick(events).id])], reportedById: i % 2 === 0 ? pick(cast).id : null,
      sentenceIds: [sentenceAt().id],
    }));
    const affiliations = Array.from({ length: per(0.6) }, () => ({ actorId: pick(cast).id, affiliateId: pick(cast).id, role: 'member', sentenceIds: [sentenceAt().id] }));
    return {
      article: { id: `article:${slug}`, title: `Synthetic article ${a}`, source: 'bench', url: null, publishedAt: '2025-11-08', language: 'en', text: lines.join(' '), extractor: 'bench' },
      sentences,
      actors: cast.map((c) => ({ ...c, aliases: [c.name], sentenceIds: [sentences[0]?.id ?? ''] })),
      places: places.map((p) => ({ ...p, sentenceIds: [sentenceAt().id] })),
      events,
      statements,
      mentions,
      affiliations,
    };
  }
}
