// Armed and rebel groups are named like organisations ("the M23", "the Congo River Alliance"); what tells them apart
// is how the text introduces them: "M23 rebels", "the M23 rebel group", "a rebel coalition known as the Congo River
// Alliance", or a liberation front's own name. Such a body is a `group`.
import type { ActorTable } from './actor-table.ts';
import type { ActorMention } from './extract-types.ts';

export const MEMBERS_AFTER = /^\s+(?:rebels?|militants?|militias?|fighters|insurgents?|guerrillas?|jihadists?|separatists?|gangs?|cartels?|(?:rebel|militant|armed|jihadist|insurgent|separatist|paramilitary|terrorist)\s+(?:group|coalition|alliance|movement|militia|organi[sz]ation)|(?:crime|criminal|drug|street|prison)\s+(?:gang|cartel|syndicate|group))\b/;
const INTRODUCED_BEFORE = /\b(?:rebel|militant|jihadist|insurgent|separatist|armed|paramilitary|terrorist|islamist|guerrilla)\s+(?:group|coalition|alliance|movement|militia|organi[sz]ation|umbrella)\s+(?:known as|called|named|dubbed)\s+(?:the\s+)?$/i;
// "the ransomware group LockBit", "the criminal gang X": a group's sort right before its name.
const SORT_BEFORE = /\b(?:(?:ransomware|hacker|hacking|criminal|rebel|militant|jihadist|insurgent|guerrilla|paramilitary)\s+(?:group|gang|collective|militia|network)|(?:hackers|attackers|militants|gunmen)\s+from\s+a\s+group\s+calling\s+itself)\s+(?:the\s+)?$/i;
const LIBERATION_NAME = /\bLiberation (?:Front|Movement)\b/;

export function retypeArmedGroups(text: string, table: ActorTable): void {
  const cue = (m: ActorMention) => MEMBERS_AFTER.test(text.slice(m.end, m.end + 40)) || INTRODUCED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
    || SORT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  for (const a of table.actors.values()) {
    // An unknown name of several words defaults to a person, and "… Army" to the military: the text's own word for
    // the body ("the Tren de Aragua gang", "the White Army militia") outweighs both.
    const overridable = a.kind === 'person' ? a.name.includes(' ') : a.kind === 'military';
    if (overridable && table.mentions.some((m) => m.key === a.name && cue(m))) {
      a.kind = 'group';
      continue;
    }
    if (a.kind !== 'organization') continue;
    if (LIBERATION_NAME.test(a.name) || table.mentions.some((m) => m.key === a.name && cue(m))) a.kind = 'group';
  }
}
