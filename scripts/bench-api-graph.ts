// The API benchmark's synthetic graph (about 100k nodes): articles and sentences, actors whose popularity is skewed
// (a few hubs, as "United States" is in real news), events with 2-3 participants, statements and places. Seeded, so
// every run builds the same graph. Pure: rows only; scripts/bench-api-seed.ts writes them with batched UNWIND.
import { ACTOR_KINDS, EVENT_TYPES } from '../server/loader/graph-document.ts';

export interface BenchSizes {
  articles: number;
  sentencesPerArticle: number;
  actors: number;
  events: number;
  statements: number;
  places: number;
}

export const DEFAULT_SIZES: BenchSizes = { articles: 1_000, sentencesPerArticle: 40, actors: 5_000, events: 40_000, statements: 10_000, places: 1_000 };

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'su', 'ten', 'vor', 'bel', 'dan', 'gri', 'hal', 'jon', 'kes', 'mar', 'nor', 'pel', 'quin', 'sar', 'tul', 'zen'];
const ROLES = ['agent', 'target', 'participant'] as const;

export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(sizes: BenchSizes = DEFAULT_SIZES, seed = 42) {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const word = (i: number) => `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}`;
  // Skewed choice: a fifth of all picks go to the 50 hub actors.
  const actorIndex = () => (random() < 0.2 ? int(50) : int(sizes.actors));
  const sentenceId = (a: number, s: number) => `sentence:bench-${a}:${s}`;
  const randomSentence = () => {
    const a = int(sizes.articles);
    return { articleId: `article:bench-${a}`, sentenceId: sentenceId(a, int(sizes.sentencesPerArticle)) };
  };

  const articles = Array.from({ length: sizes.articles }, (_, a) => {
    let start = 0;
    const sentences = Array.from({ length: sizes.sentencesPerArticle }, (_, i) => {
      const text = `Sentence ${i} of article ${a} mentions ${word(int(8000))} and ${word(int(8000))} near ${word(int(8000))}.`;
      const sentence = { id: sentenceId(a, i), index: i, text, start, end: start + text.length };
      start += text.length + 1;
      return sentence;
    });
    const day = 1 + (a % 28);
    return {
      id: `article:bench-${a}`,
      title: `Bench article ${a} about ${word(a)}`,
      publishedAt: `2024-${String(1 + (a % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      text: sentences.map((s) => s.text).join(' '),
      sentences,
    };
  });
  const actors = Array.from({ length: sizes.actors }, (_, i) => ({
    id: `actor:bench-${i}`,
    name: `${word(i)} ${word(i * 7 + 3)}`,
    aliases: [word(i * 13 + 5)],
    kind: i < 50 ? 'state' : pick(ACTOR_KINDS),
    mentions: Array.from({ length: 1 + int(3) }, () => ({ sentenceId: randomSentence().sentenceId, start: 0, end: 5 })),
  }));
  const places = Array.from({ length: sizes.places }, (_, i) => ({ id: `place:bench-${i}`, name: `${word(i + 900)} bay` }));
  const events = Array.from({ length: sizes.events }, (_, i) => {
    const where = randomSentence();
    const ids = new Set<number>();
    const size = 2 + int(2);
    while (ids.size < size) ids.add(actorIndex());
    return {
      id: `event:bench-${i}`,
      type: pick(EVENT_TYPES),
      summary: `${word(i)} event ${i}`,
      date: `2024-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
      ...where,
      placeId: `place:bench-${int(sizes.places)}`,
      participants: [...ids].map((a, k) => ({ actorId: `actor:bench-${a}`, role: ROLES[Math.min(k, 2)] })),
    };
  });
  const statements = Array.from({ length: sizes.statements }, (_, i) => {
    const speaker = actorIndex();
    let about = actorIndex();
    if (about === speaker) about = (about + 1) % sizes.actors;
    return { id: `statement:bench-${i}`, text: `${word(i)} said something`, ...randomSentence(), speakerId: `actor:bench-${speaker}`, aboutId: `actor:bench-${about}` };
  });
  return { articles, actors, places, events, statements, word, random };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
