// "Iran condemned the strikes, its foreign ministry said": a state's institution named through a possessive
// pronoun belongs to the state named last before it ("its" → Iran). Same naming as "Iran's Foreign Ministry".
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import { SERVICE_THING_AFTER, STATE_INSTITUTIONS } from './lexicon.ts';

export function resolveOwnedInstitutions(sentences: SentenceSpan[], table: ActorTable): void {
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b(?:[Ii]ts|[Tt]heir) (?=[a-z])/g)) {
      const from = (m.index ?? 0) + m[0].length;
      const rest = s.text.slice(from, from + 40);
      for (const inst of STATE_INSTITUTIONS) {
        const hit = inst.pattern.exec(rest);
        if (!hit) continue;
        if (SERVICE_THING_AFTER.test(rest.slice(hit[0].length))) break; // "its military presence"

        const at = s.start + (m.index ?? 0);
        const state = [...table.mentions].filter((x) => x.end <= at && table.actors.get(x.key)?.kind === 'state').sort((a, b) => b.start - a.start)[0]?.key;
        if (!state) break;
        const word = hit[1] ?? '';
        const name = `${state} ${inst.name.replace('$1', `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`)}`;
        const end = s.start + from + hit[0].length;
        const key = table.actor(name, inst.kind);
        table.mention(key, s.text.slice(m.index ?? 0, from + hit[0].length), at, end, s.index);
        table.affiliate(key, state, '', s.index);
        break;
      }
    }
  }
}
