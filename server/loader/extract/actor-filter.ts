// The learned keep/drop filter over candidate actors: a logistic regression over actor-features.ts, trained by
// scripts/train-actor-filter.ts on the labelled eval texts. A candidate scoring below the threshold is dropped with
// all its mentions; events and affiliations lose it as a participant, statements as a subject they are about, so
// nothing points at it. Not on by default: under leave-one-split-out it did not beat the rules (data/eval/README.md,
// eighth extractor round), so extractArticle applies it only when a model is passed (scripts/eval-actor-filter.ts).
// Safety rule: a statement's speaker or reporter is never dropped. The rules find speakers from the shape of the
// sentence ("X said"), which is the strongest evidence of an actor the text has, and dropping one would leave the
// statement without a speaker (quote-speaker accuracy is the other figure of issue #3).
import { removeCandidateActors } from './remove-candidates.ts';
import { z } from 'zod';
import type { Gazetteer } from './gazetteer.ts';
import { actorFeatures, type Candidates } from './actor-features.ts';

export const actorFilterModelSchema = z.object({
  description: z.string(),
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
  threshold: z.number(),
  trainedOn: z.array(z.string()),
});
export type ActorFilterModel = z.infer<typeof actorFilterModelSchema>;

/** The probability that a candidate with these features is an actor a careful reader lists. */
export function scoreOf(model: ActorFilterModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) z += (model.weights[i] as number) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Candidates the filter drops: below the threshold, and neither a speaker nor a reporter of a statement. */
export function droppedActors(c: Candidates, g: Gazetteer, model: ActorFilterModel): Set<string> {
  const protectedKeys = new Set(c.statements.flatMap((s) => [s.speaker, ...(s.reportedBy ? [s.reportedBy] : [])]));
  const dropped = new Set<string>();
  for (const [key, features] of actorFeatures(c, g)) {
    if (!protectedKeys.has(key) && scoreOf(model, features) < model.threshold) dropped.add(key);
  }
  return dropped;
}

/** Removes the dropped actors' mentions and their places in events, so the assembled document never names them. */
export function applyActorFilter(c: Candidates, g: Gazetteer, model: ActorFilterModel): Set<string> {
  const dropped = droppedActors(c, g, model);
  removeCandidateActors(c, dropped);
  return dropped;
}
