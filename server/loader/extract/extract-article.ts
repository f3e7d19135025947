// extractArticle: one English news article in, one GraphDocument out. Pure and deterministic (given the gazetteer
// files), offline, rule-based: see the steps' files for what each rule does and why. The document is typed, not
// parsed, here: it is validated where it leaves the process (the ingest before any write, the extract CLI before it
// prints), so a load validates once instead of twice (zod was a fifth of the extraction time, scripts/bench-extract.ts).
import { slugify } from '../../db/node-ids.ts';
import type { GraphDocument } from '../graph-document.ts';
import type { ArticleInput } from '../article-input.ts';
import { splitSentences } from './sentences.ts';
import { headlineOf } from './headline.ts';
import { tokenize } from './tokens.ts';
import { defaultGazetteer, type Gazetteer } from './gazetteer.ts';
import { findMentions } from './mentions.ts';
import { resolveDescriptions } from './coreference.ts';
import { resolveOwnedInstitutions } from './owned-institutions.ts';
import { addBareInstitutionNames } from './bare-institution-names.ts';
import { findDescribedPlaces } from './places.ts';
import { findStatements } from './statements.ts';
import { findEvents, type EventDraft } from './events.ts';
import { findResponses } from './event-links.ts';
import { mergeEvents } from './event-merge.ts';
import { assemble } from './assemble.ts';
import { foldStateVoices } from './state-voices.ts';
import { dropThingNamedPersons } from './thing-named-persons.ts';
import { dropStatesOnlyAsPlaces } from './place-only-states.ts';
import type { Candidates } from './actor-features.ts';
import { applyActorFilter, type ActorFilterModel } from './actor-filter.ts';

export const EXTRACTOR_VERSION = 'newsgraph-rules/0.1.0';

export function articleSlug(input: Pick<ArticleInput, 'fileName' | 'meta'>): string {
  return slugify(input.fileName ? input.fileName.replace(/\.[^.]+$/, '') : input.meta.title);
}

export interface ExtractOptions {
  // The learned keep/drop filter over candidate actors (actor-filter.ts). Off unless given: the rules alone decide.
  actorFilter?: ActorFilterModel | null;
}

export function extractArticle(input: ArticleInput, gazetteer: Gazetteer = defaultGazetteer(), options: ExtractOptions = {}): GraphDocument {
  const { meta } = input;
  const slug = articleSlug(input);
  const c = extractCandidates(input, gazetteer);
  const filter = options.actorFilter ?? null;
  if (filter) applyActorFilter(c, gazetteer, filter);
  const body = assemble(slug, c.sentences, c.table, c.events, c.statements);
  return {
    article: {
      id: `article:${slug}`, title: meta.title, source: meta.source ?? '', url: meta.url ?? null,
      publishedAt: meta.publishedAt, language: meta.language ?? 'en', text: input.text, extractor: EXTRACTOR_VERSION,
    },
    ...body,
  };
}

/** Every step but the assembly: the candidate actors with their mentions, statements and events. */
export function extractCandidates(input: ArticleInput, gazetteer: Gazetteer = defaultGazetteer()): Candidates {
  const { text, meta } = input;
  const sentences = splitSentences(text);
  const headline = headlineOf(text, sentences, meta.title);
  const table = findMentions(text, sentences, sentences.map(tokenize), gazetteer, headline);
  resolveOwnedInstitutions(sentences, table);
  resolveDescriptions(sentences, table, gazetteer);
  findDescribedPlaces(sentences, table);
  addBareInstitutionNames(table);
  const statements = findStatements(sentences, table, headline);
  const bodySentences = sentences.filter((s) => !headline.has(s.index));
  const drafts = bodySentences.flatMap((s, i) => findEvents(s, table, meta.publishedAt, bodySentences.slice(0, i)));
  const mergedOf = new Map<EventDraft, EventDraft>();
  const events = mergeEvents(drafts, table, mergedOf);
  for (const [responder, cause] of findResponses(bodySentences, drafts)) {
    const [a, b] = [mergedOf.get(responder), mergedOf.get(cause)];
    if (a && b && a !== b) (a.respondsTo ??= []).push(b);
  }
  const candidates = { text, sentences, headline, table, statements, events };
  foldStateVoices(candidates);
  dropThingNamedPersons(candidates, gazetteer);
  dropStatesOnlyAsPlaces(candidates, gazetteer);
  return candidates;
}
