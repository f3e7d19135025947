// Repeated mentions of one event become one event: same type (or talks/meeting), dates that do not contradict,
// and either agents in common (a minister counts as his state, a ship as its navy's state) or a definite mention
// with no actors of its own ("the missile launch"). Then an undated event of an agent takes that agent's last
// dated event's date (a report tells one day's statements in a row).
import type { EventDraft } from './events.ts';
import type { ActorTable } from './actor-table.ts';
import { SAME_KIND } from './event-triggers.ts';

// `into` (optional) learns which merged event each draft became, for links found between drafts (event-links.ts).
export function mergeEvents(drafts: EventDraft[], table: ActorTable, into: Map<EventDraft, EventDraft> = new Map()): EventDraft[] {
  const merged: EventDraft[] = [];
  const expand = (keys: string[]) => new Set(keys.flatMap((k) => [k, ...table.affiliatesOf(k)]));
  const actorsOf = (e: EventDraft) => [...e.agents, ...e.participants];
  for (const d of drafts) {
    const target = [...merged].reverse().find((m) => {
      if (m.type !== d.type && SAME_KIND[d.type] !== m.type) return false;
      if (m.date.date && d.date.date && m.date.date !== d.date.date) return false;
      // One side cannot be both the agent and the target of one act ("Ukraine's drone attacks … in response to
      // missile strikes on Kyiv" are two attacks).
      const agentsOfM = expand(m.agents);
      if ([...expand(d.targets)].some((k) => agentsOfM.has(k)) || [...expand(m.targets)].some((k) => expand(d.agents).has(k))) return false;
      if (d.definite) return true;
      // A coming event is not the one that happened ("talks broke down" … "mediators are due to meet on Monday").
      if ((m.status === 'expected') !== (d.status === 'expected') && d.verbal && !m.definite && m.type !== d.type) return false;
      const a = expand(actorsOf(m));
      const b = expand(actorsOf(d));
      if (a.size === 0 || b.size === 0) return a.size + b.size === 0 || (d.agents.length === 0 && d.participants.length === 0);
      return [...b].some((k) => a.has(k));
    });
    if (!target) {
      const copy = { ...d, agents: [...d.agents], targets: [...d.targets], participants: [...d.participants], sentences: [...d.sentences] };
      merged.push(copy);
      into.set(d, copy);
      continue;
    }
    into.set(d, target);
    if (!target.date.date && d.date.date) target.date = d.date;
    target.place ??= d.place;
    if (target.status !== 'occurred' && d.status === 'occurred' && d.verbal) target.status = 'occurred';
    target.agents = [...new Set([...target.agents, ...d.agents])];
    target.targets = [...new Set([...target.targets, ...d.targets])].filter((t) => !target.agents.includes(t));
    target.participants = [...new Set([...target.participants, ...d.participants])];
    target.sentences = [...new Set([...target.sentences, ...d.sentences])];
  }
  carryDates(merged, table);
  return merged;
}

function carryDates(events: EventDraft[], table: ActorTable): void {
  const lastDated = new Map<string, EventDraft>();
  for (const e of events) {
    const agents = e.agents.flatMap((a) => [a, ...table.affiliatesOf(a)].slice(0, 1));
    if (!e.date.date && e.verbal && e.status === 'occurred') {
      const source = agents.map((a) => lastDated.get(a)).find((x) => x !== undefined);
      if (source) e.date = source.date;
    }
    if (e.date.date && e.verbal) for (const a of agents) lastDated.set(a, e);
  }
}
