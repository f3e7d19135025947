import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../server/db/apply-schema.ts';
import { namesIn } from '../../../server/db/cypher-names.ts';
import { testDatabase } from '../../support/test-app.ts';
import type { Database } from '../../../server/db/database.ts';

describe('schema', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('applies twice without error and leaves exactly the declared constraints and indexes', async () => {
    expect(await applySchema(db)).toBe(namesIn('schema').length);
    expect(await applySchema(db)).toBe(namesIn('schema').length);

    const constraints = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties');
    const byName = new Map(constraints.records.map((r) => [r.get('name') as string, r.toObject()]));
    for (const label of ['Article', 'Sentence', 'Actor', 'Place', 'Event', 'Statement']) {
      const c = byName.get(`${label.toLowerCase()}_id`);
      expect(c, `${label} id constraint`).toBeDefined();
      expect(c?.type).toBe('UNIQUENESS');
      expect(c?.labelsOrTypes).toEqual([label]);
      expect(c?.properties).toEqual(['id']);
    }

    const indexes = await db.driver.executeQuery('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    const index = new Map(indexes.records.map((r) => [r.get('name') as string, r.toObject()]));
    expect(index.get('search')?.type).toBe('FULLTEXT');
    expect(index.get('search')?.state).toBe('ONLINE');
    for (const name of ['event_date', 'event_type', 'actor_kind', 'article_published']) {
      expect(index.get(name)?.type, name).toBe('RANGE');
    }
  });

  it('enforces unique ids', async () => {
    await db.driver.executeQuery('CREATE (:Actor {id: "actor:unique-probe"})');
    await expect(db.driver.executeQuery('CREATE (:Actor {id: "actor:unique-probe"})')).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    await db.driver.executeQuery('MATCH (a:Actor {id: "actor:unique-probe"}) DELETE a');
  });
});
