// Trigger words and phrases for each event type. `verbal` triggers are finite verbs or participles (they take the
// sentence's date and subject); nominal ones ("the November 3 visit") take only the date and actors in their
// own noun phrase.
import type { EventType } from '../graph-document.ts';

export interface TriggerRule {
  type: EventType;
  pattern: RegExp; // matched against the sentence, case-insensitive, global
  verbal: boolean;
}

const rule = (type: EventType, verbal: boolean, source: string): TriggerRule => ({
  type, verbal, pattern: new RegExp(`\\b(?:${source})\\b`, 'gi'),
});

export const TRIGGERS: TriggerRule[] = [
  rule('THREAT', true, 'threaten(?:ed|s|ing)?'),
  rule('THREAT', false, 'threats?'),
  rule('CONDEMNATION', true, 'condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)'),
  rule('CONDEMNATION', false, 'condemnation'),
  rule('CRITICISM', true, 'critici[sz](?:ed|es|ing|e)|slammed|blasted'),
  rule('CRITICISM', false, 'criticism'),
  rule('MISSILE_LAUNCH', true, '(?:fired|launched|fires|launches|test-fired)(?= (?:[\\w-]+ ){0,2}(?:missiles?|rockets?|ICBMs?))'),
  rule('MISSILE_LAUNCH', false, '(?:missile|rocket) launch(?:es)?'),
  rule('NUCLEAR_TEST', false, 'nuclear tests?'),
  // "is due to visit", "will visit": the bare verb after a modal or "to" is a (coming) visit too.
  rule('VISIT', true, 'visit(?:ed|s|ing)|(?:to|will|would|could|may|might|shall|must) visit'),
  rule('VISIT', false, 'visits?|trip'),
  rule('ARRIVAL', true, 'arriv(?:ed|es|ing)'),
  rule('ARRIVAL', false, 'arrival'),
  rule('TALKS', false, 'talks|negotiations'),
  rule('MEETING', true, 'met|meets|(?:to|will|would|could|may|might|shall|must) meet|convened'
    + '|appear(?:ed|s)? before(?= (?:the |a |an )?(?:[\\w\\u2019\\x27-]+ ){0,3}(?:committee|commission|parliament|lawmakers|senate|congress|assembly|council|house|inquiry))'
    + '|(?:to|will|would) brief|briefed(?= (?:the |a )?(?:[\\w-]+ ){0,2}(?:council|lawmakers|committee|parliament|ministers|envoys|diplomats))'),
  rule('MEETING', false, 'meeting|(?:general|extraordinary|emergency|annual|plenary) (?:assembly|session)'),
  rule('SUMMIT', false, 'summit'),
  // A regulator's fine is a penalty like a sanction ("The Commission fined Apple €500 million").
  rule('SANCTION', true, 'sanctioned|fined'),
  rule('SANCTION', false, 'sanctions?'),
  rule('DEPLOYMENT', true, '(?:sent|sends|deployed|deploys|dispatched)(?! (?:a |an )?(?:message|signal|letter|email|warning|condolences))'),
  rule('DEPLOYMENT', false, 'deployment'),
  rule('MILITARY_EXERCISE', false, '(?:(?:military|joint|naval|air|live-fire|combined|large-scale|war) )+(?:exercises?|drills?)|(?:annual|multinational|allied) (?:[\\w-]+ ){0,2}exercises?|drills'),
  // Force used on someone. "struck" is no attack where a natural disaster did it, a court struck something down or a
  // deal was struck; "seized" only a place or a ship (not assets, not power); a police raid is no attack either.
  rule('ATTACK', true, "attacked|shelled|bombed|invaded|stormed|ambushed|retook|clashed(?! with (?:the )?(?:court|judges?|government|president|prime minister|parliament|congress|opposition|media|press|regulators?|unions?|critics))|abducted|shot dead|gunned down"
    + "|(?<!\\b(?:earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|landslides?|floods?|flooding|wildfire|fire|blaze|tsunami|lightning|disaster|deal|agreement|accord)\\b[^.]*)"
    + "struck(?! (?:down|off|out|by|on the margins)\\b| (?:a |an |the )?(?:[\\w-]+ )?(?:deal|agreement|accord|note|tone|balance|chord|compromise|bargain|rock)\\b)"
    + "|exchanged (?:heavy |sporadic |small-arms |gun|artillery )?fire|opened fire"
    + "|fired (?:tear gas|water cannon|rubber bullets|live (?:rounds|ammunition))"
    + "|seized(?! power)(?= (?:the |a |an )?(?:[\\w-]+ ){0,3}(?:town|towns|city|cities|village|villages|base|ship|vessel|tanker|port|airport))"),
  rule('ATTACK', false, 'attacks?|clashes|ambush|exchange of fire|air ?strikes?|(?:missile |drone |military |cross-border )?strikes|(?:missile|drone|military|cross-border|retaliatory|precision|nuclear|pre-emptive) strike|offensive action|invasion|(?:military|ground|lightning|major|new|large-scale|full-scale|counter-?|spring|summer|autumn|winter) offensive'),
  rule('AGREEMENT', true, 'signed|agreed'),
  rule('AGREEMENT', false, 'agreement|accord|treaty|(?:trade|peace|ceasefire) deal'),
  rule('ACQUISITION', true, 'acquired|acquires|bought|buys|(?:will|would|to) (?:buy|acquire)'),
  rule('ACQUISITION', false, 'acquisition|takeover'),
  rule('INVESTMENT', true, 'invested|invests|(?:will|would|to) invest'),
  rule('INVESTMENT', false, 'investment'),
  rule('ELECTION', true, 're-?elected|elected|w(?:on|ins) (?:the|a|an) (?:[\\w-]+ ){0,3}(?:election|vote|term|runoff|mandate|presidency|majority|race|primary|referendum)'),
  rule('ELECTION', false, 'elections?|referendum|run-?off|primary(?= (?:election|vote|on|in)\\b)'),
  // Taking office is the appointment's other end ("was sworn in on Monday", "who took office in March").
  rule('APPOINTMENT', true, 'sworn in|swore in|took office|takes office|took the oath|appointed|appoints|named(?= (?:[\\w-]+ ){0,3}(?:as|chief|head|chair|minister|ceo|coach))|took over(?= (?:as|in|on|from|last|at)\\b|[,.])'),
  rule('RESIGNATION', true, 'resigned|resigns|stepped down|steps down|quit'),
  rule('RESIGNATION', false, 'resignation'),
  rule('ARREST', true, 'arrested|detained'),
  rule('ARREST', false, 'arrests?'),
  rule('PROTEST', true, 'protested|rallied|marched|(?:will|would|to) (?:march|protest)'
    + '|staged (?:a |an )?(?:[\\w-]+ ){0,2}(?:strike|sit-in|protest|march|walkout|demonstration|blockade)s?'
    + '|blocked (?:a |the )?(?:[\\w-]+ ){0,2}(?:highway|road|roads|bridge|traffic)|walked off the job|walked out|went on strike|(?:are|were|is|was) on strike'),
  // A labour strike: singular, or with a striker before it; "strikes" and "drone strike" are attacks (above).
  rule('PROTEST', false, 'protests?|walkouts?|sit-ins?|demonstrations?|riots|human chain|(?:general|national|nationwide|union|rail|labou?r|hunger|workers[\'’]?|machinists[\'’]?|teachers[\'’]?|doctors[\'’]?|pilots[\'’]?|miners[\'’]?) strike|strike(?= (?:action|ballot|at|by|over|lasted|lasting|ended|began)\\b)'),
  rule('AID', false, '(?:military|humanitarian|financial) (?:aid|assistance)|aid package'),
  rule('TRADE', false, 'tariffs?|export controls?|export ban'),
  rule('COOPERATION', true, 'cooperated|partnered|teamed up'),
  rule('COOPERATION', false, 'cooperation|partnership'),
  rule('ANNOUNCEMENT', true, 'declared(?= (?:a |an |its |their |the )?(?:[\\w-]+ ){0,4}(?:emergency|state of|winner|martial law|curfew))'
    + '|(?:will|would|to) (?:publish|unveil|present)(?= (?:its |the |a |an )?(?:[\\w-]+ ){0,3}(?:results?|budget|plan|guidance|report|strategy|package))|unveiled|launched(?! (?:[\\w-]+ ){0,3}(?:missiles?|rockets?|attacks?|strikes?|offensive|operation|raids?|assault|invasion|campaign|investigation|probe|inquiry))'),
];

// Event types whose participants act together rather than one upon another.
export const SYMMETRIC = new Set<EventType>(['TALKS', 'MEETING', 'SUMMIT', 'MILITARY_EXERCISE', 'AGREEMENT', 'COOPERATION', 'TRADE']);
// Types one mention may use for another ("the meeting between Washington and Seoul" = "the talks").
export const SAME_KIND: Partial<Record<EventType, EventType>> = { MEETING: 'TALKS', TALKS: 'MEETING' };

export interface TriggerHit {
  type: EventType;
  verbal: boolean;
  start: number; // offsets into the sentence text
  end: number;
}

// One regex per rule, earlier rules winning overlaps (one combined alternation measured no faster).
// Most sentences hold no trigger at all: one pass of every rule at once rules them out before the rule-by-rule scan.
const ANY_TRIGGER = new RegExp(TRIGGERS.map((r) => r.pattern.source).join('|'), 'i');

export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  if (!ANY_TRIGGER.test(text)) return hits;
  for (const r of TRIGGERS) {
    for (const m of text.matchAll(r.pattern)) {
      // "to visit", "will meet": the modal is matched (cheaper than a look-behind) but is not part of the trigger.
      const start = (m.index ?? 0) + (/^(?:to|will|would|could|may|might|shall|must) /.exec(m[0])?.[0].length ?? 0);
      const end = (m.index ?? 0) + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (/\b(?:no|not|never|without)\s+(?:\w+\s+)?$/i.test(before)) continue;
      if (r.verbal && /\b(?:a|an|the)\s+$/i.test(before)) continue; // "an unveiled …": an adjective, not a verb
      hits.push({ type: r.type, verbal: r.verbal, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
