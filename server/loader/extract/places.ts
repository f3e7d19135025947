// Places a careful reader lists that no gazetteer holds: "the border between A and B", "the sea off its east
// coast" (its → the state named last), "the city of X".
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';

export function findDescribedPlaces(sentences: SentenceSpan[], table: ActorTable): void {
  const stateBefore = (at: number, skip = 0) =>
    [...table.mentions].filter((m) => m.end <= at && table.actors.get(m.key)?.kind === 'state').sort((a, b) => b.start - a.start)
      .map((m) => m.key).filter((k, i, all) => all.indexOf(k) === i)[skip];
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\bthe border between ((?:the )?[\w.' -]+?) and ((?:the )?[A-Z][\w.' -]*?|the latter|the former)(?=[,.;]| and | to | in | on |$)/g)) {
      const at = s.start + (m.index ?? 0);
      const side = (t: string) => {
        if (/^the latter$/.test(t)) return stateBefore(at, 0);
        if (/^the former$/.test(t)) return stateBefore(at, 1);
        const within = table.mentions.find((x) => x.start >= at && x.text === t.replace(/^the /, ''));
        return within?.key;
      };
      const a = side(m[1] ?? '');
      const b = side(m[2] ?? '');
      if (a && b) {
        const [x, y] = [a, b].sort();
        table.place(`border between ${x} and ${y}`, m[0], at, at + m[0].length, s.index);
      }
    }
    for (const m of s.text.matchAll(/\bthe sea off (its|their|[A-Z][\w ]*?'s) ((?:east|west|north|south|eastern|western|northern|southern) )?coast\b/g)) {
      const at = s.start + (m.index ?? 0);
      const owner = /^(its|their)$/.test(m[1] ?? '') ? stateBefore(at) : table.mentions.find((x) => x.start >= at && x.end <= at + m[0].length)?.key;
      if (owner) table.place(`sea off ${owner}'s ${m[2] ?? ''}coast`, m[0], at, at + m[0].length, s.index);
    }
    for (const m of s.text.matchAll(/\bthe (?:[A-Z][\w-]* )*(?:city|town|port|village|region|province) of ([A-Z][\w-]*(?: [A-Z][\w-]*)*)/g)) {
      const name = m[1] ?? '';
      const at = s.start + (m.index ?? 0) + m[0].length - name.length;
      table.place(name, name, at, at + name.length, s.index);
    }
  }
}
