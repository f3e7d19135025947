// "Algeria's foreign ministry said", "the Peruvian defence ministry", "its foreign ministry": a ministry written in
// lower case is its country's own voice, not an actor of its own (data/eval/LABELLING.md; a capitalised "Foreign
// Ministry" stays a body). The finding steps keep such a ministry as a body while they work, because the speaker
// and event rules point back at it ("…, the ministry said"); once they are done, its mentions, statements and event
// roles pass to its state and the ministry is no actor.
import type { Candidates } from './actor-features.ts';
import type { ActorInfo } from './extract-types.ts';

const LOWER_CASE_MINISTRY = /\bministry$/;

/** The state a lower-case ministry speaks for, or null when the actor is no such ministry. */
function stateOf(actor: ActorInfo, c: Candidates): string | null {
  if (actor.kind !== 'organization' || !/ Ministry$/.test(actor.name)) return null;
  const own = c.table.mentions.filter((m) => m.key === actor.name);
  if (own.length === 0 || !own.every((m) => LOWER_CASE_MINISTRY.test(m.text))) return null;
  // Named "<state> <Word> Ministry" by the finding steps (name-scan-base.ts, owned-institutions.ts); the state may
  // be named nowhere else in the text ("Russia's foreign ministry welcomed …").
  const state = /^(.+) \S+ Ministry$/.exec(actor.name)?.[1];
  const kind = state === undefined ? undefined : c.table.actors.get(state)?.kind;
  return state !== undefined && (kind === undefined || kind === 'state') ? state : null;
}

export function foldStateVoices(c: Candidates): void {
  const { table } = c;
  for (const actor of [...table.actors.values()]) {
    const state = stateOf(actor, c);
    if (!state) continue;
    table.actor(state, 'state');
    const swap = (key: string) => (key === actor.name ? state : key);
    const swapAll = (keys: string[]) => [...new Set(keys.map(swap))];
    for (const m of table.mentions.filter((x) => x.key === actor.name)) {
      table.unmention(m);
      table.mention(state, m.text, m.start, m.end, m.sentence, true);
    }
    for (const s of c.statements) {
      s.speaker = swap(s.speaker);
      if (s.reportedBy !== null) s.reportedBy = swap(s.reportedBy);
    }
    for (const e of c.events) {
      e.agents = swapAll(e.agents);
      e.targets = swapAll(e.targets);
      e.participants = swapAll(e.participants);
    }
    for (let i = table.affiliations.length - 1; i >= 0; i -= 1) {
      const f = table.affiliations[i];
      if (f && (f.actor === actor.name || f.affiliate === actor.name)) table.affiliations.splice(i, 1);
    }
  }
}
