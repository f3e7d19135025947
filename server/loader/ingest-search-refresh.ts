// The full-text index is eventually consistent (cypher/schema/create-fulltext-search.cypher): Lucene catches up with
// a commit on a background thread, moments after it. Whoever loads and then lets a user search (the ingest API after
// each article, the load command and the demo load after all of theirs) waits here first, so the search finds what
// was just loaded. Sent with write routing, to the member that took the commits.
import type { Database } from '../db/database.ts';
import { cypher } from '../db/cypher-registry.ts';

export async function awaitSearchRefresh(db: Database): Promise<void> {
  await db.driver.executeQuery(cypher().statement('admin/await-search-refresh'), {}, { database: db.connection.database });
}
