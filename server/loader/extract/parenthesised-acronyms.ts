// "Reporters Without Borders (RSF)", "the Democratic Republic of the Congo (DRC)", "…, known as JNIM": news style
// gives a body's or a state's short name right after its full name, once, and uses the short name afterwards. The
// short name is then an alias of that actor, never an actor of its own, whatever a rule made of it while scanning.
import type { ActorTable } from './actor-table.ts';
import { ACRONYM_AFTER } from './name-context.ts';
import { KNOWN_AS } from './name-scan-base.ts';

// A body's short name in parentheses that is a word, not an acronym ("Commission on Elections (Comelec)", "the
// Office of Communications (Ofcom)").
const SHORT_NAME_AFTER = /^\s*\((\p{Lu}\p{Ll}{3,14})\)/u;

export function tieParenthesisedAcronyms(text: string, table: ActorTable): void {
  for (const m of [...table.mentions]) {
    const owner = table.actors.get(m.key);
    if (!owner || (owner.kind === 'person' && owner.role) || m.text.length <= 4) continue;
    // "Alternative for Germany (AfD)": the mention ends a longer name, whose acronym it is.
    if (/\p{Lu}[\p{L}-]*\s+(?:of|for|de|du|der)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // …or after ", known as" ("Jama'at Nusrat al-Islam wal-Muslimin, known as JNIM").
    const found = ACRONYM_AFTER.exec(text.slice(m.end, m.end + 20)) ?? KNOWN_AS.exec(text.slice(m.end, m.end + 40))
      ?? (owner.kind !== 'person' && owner.kind !== 'state' ? SHORT_NAME_AFTER.exec(text.slice(m.end, m.end + 24)) : null);
    const acronym = found?.[1];
    if (!acronym || acronym === owner.name) continue;
    // An actor the scan made of the acronym alone is the same body: its mentions move to the full name.
    const stray = table.actors.get(acronym);
    if (stray && stray.kind !== 'person') {
      for (const x of table.mentions.filter((y) => y.key === acronym)) {
        table.unmention(x);
        table.mention(owner.name, x.text, x.start, x.end, x.sentence);
      }
    }
    // An untitled name taken for a person's has an acronym only if it names a body.
    table.retype(owner.name, 'organization');
    const at = m.end + (found?.[0].lastIndexOf(acronym) ?? 0);
    table.mention(owner.name, acronym, at, at + acronym.length, m.sentence);
  }
}
