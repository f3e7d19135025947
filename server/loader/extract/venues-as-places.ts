// "Its shares rose 1.8 percent on the Tokyo Stock Exchange", "since the company listed on Bursa Malaysia": an
// exchange where shares merely trade is where something happens, not who acts (data/eval/LABELLING.md). One that
// halts trading, fines a member or speaks is an actor, and is named otherwise at least once ("The Taiwan Stock
// Exchange said …"). So is a hospital, a clinic or a prison named only as where people are taken or held ("taken to
// Dhaka Medical College Hospital").
import type { ActorTable } from './actor-table.ts';

const EXCHANGE_NAME = /(?:\b(?:Exchange|Bourse|Nasdaq|NYSE|Bursa\s+\p{Lu}\p{L}+)|^(?:NZX|ASX|SGX|HKEX|JSE|LSE|TSX|BSE|NSE|KRX|SIX|B3|Euronext))$/u;
const VENUE_BEFORE = /\b(?:on|onto|off)\s+(?:the\s+)?$/;

const CARE_NAME = /\b(?:Hospital|Clinic|Infirmary|Medical Cent(?:er|re)|Prison|Jail|Penitentiary)$/;
const CARE_BEFORE = /\b(?:to|at|in|from|into|outside)\s+(?:the\s+)?$/;

export function dropVenuesNamedOnlyWhereSomethingHappens(text: string, table: ActorTable): void {
  for (const a of [...table.actors.values()]) {
    const before = EXCHANGE_NAME.test(a.name) ? VENUE_BEFORE : CARE_NAME.test(a.name) ? CARE_BEFORE : null;
    if (a.kind !== 'organization' || before === null) continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    if (own.length === 0 || !own.every((m) => before.test(text.slice(Math.max(0, m.start - 12), m.start)))) continue;
    for (const m of own) {
      table.unmention(m);
      table.place(a.name, m.text, m.start, m.end, m.sentence);
    }
  }
}
