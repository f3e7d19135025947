import { describe, expect, it } from 'vitest';
import { idsByLabel } from '../../../server/graph/ids-by-label.ts';

describe('idsByLabel', () => {
  it('groups ids by the label of their prefix and drops unknown prefixes', () => {
    expect(idsByLabel(['actor:a', 'event:x:1', 'sentence:x:0', 'actor:b', 'robot:r', 'article:x', 'place:p', 'statement:x:1'])).toEqual({
      actorIds: ['actor:a', 'actor:b'],
      eventIds: ['event:x:1'],
      statementIds: ['statement:x:1'],
      placeIds: ['place:p'],
      sentenceIds: ['sentence:x:0'],
      articleIds: ['article:x'],
    });
  });
});
