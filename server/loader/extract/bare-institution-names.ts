// "Japan's Defense Ministry" is kept as "Japan Defense Ministry", so that two states' ministries stay two actors; a
// reader (and the text, once the state is clear) also calls it just "the Defense Ministry". That bare name becomes an
// alias when no other actor of the article could go by it.
import type { ActorTable } from './actor-table.ts';

export function addBareInstitutionNames(table: ActorTable): void {
  const bare = new Map<string, string[]>();
  for (const a of table.actors.values()) {
    if (a.kind === 'person' || a.kind === 'state') continue;
    for (const f of table.affiliations) {
      if (f.actor !== a.name || !a.name.startsWith(`${f.affiliate} `)) continue;
      const rest = a.name.slice(f.affiliate.length + 1);
      // A name of its own, not a lone head word ("Army", "Military").
      if (rest.split(/\s+/).length >= 2) bare.set(rest, [...(bare.get(rest) ?? []), a.name]);
    }
  }
  const taken = new Set([...table.actors.values()].flatMap((a) => [a.name, ...a.aliases]));
  for (const [rest, owners] of bare) {
    const [only] = owners;
    if (owners.length === 1 && only && !taken.has(rest)) table.actors.get(only)?.aliases.add(rest);
  }
}
