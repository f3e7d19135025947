// Groups node ids by the label their prefix names, as the statements that look nodes up by id take them
// ($actorIds, $eventIds, …): one unique-index seek per id instead of one per label. Ids without a known prefix are
// dropped (no node can have them). Pure.
import { labelOfId } from '../db/node-ids.ts';

export interface IdsByLabel {
  actorIds: string[];
  eventIds: string[];
  statementIds: string[];
  placeIds: string[];
  sentenceIds: string[];
  articleIds: string[];
}

const KEY_OF_LABEL = {
  Actor: 'actorIds',
  Event: 'eventIds',
  Statement: 'statementIds',
  Place: 'placeIds',
  Sentence: 'sentenceIds',
  Article: 'articleIds',
} as const satisfies Record<string, keyof IdsByLabel>;

export function idsByLabel(ids: Iterable<string>): IdsByLabel {
  const out: IdsByLabel = { actorIds: [], eventIds: [], statementIds: [], placeIds: [], sentenceIds: [], articleIds: [] };
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) out[KEY_OF_LABEL[label]].push(id);
  }
  return out;
}
