// The part of the sentence scanner (name-runs.ts) for a run that opens with a gazetteer name: a place, a state, a
// known body or person. Whether that name stands alone or opens a longer name decides what the run is: "the Congo
// River" is a place, "the Korean People's Army" and "U.S. Forces Korea" are bodies of their own, "UN Interim Force in
// Lebanon" is a mission, "BBC Sport" a service, "Amnesty International Kenya" a branch, "British rival Widget Ltd."
// only describes a company.
import type { Token } from './extract-types.ts';
import type { GazetteerActor } from './gazetteer-files.ts';
import {
  CIVIL_HEADS, CURRENCY_AFTER, LOCATIVE_PREPOSITIONS, MILITARY_HEADS, NON_ACTOR_HEADS, ROLE_NOUNS, SERVES_IN_HEAD, SPEECH_VERBS, TITLE_WORDS,
} from './lexicon.ts';
import { headKind, low, skippable } from './name-words.ts';
import { ScannerBase, type GazetteerMatch } from './name-scan-base.ts';

const DESCRIBED_BODY = /^\s+(?:[a-z]*makers?|builders?|exporters?|importers?|producers?|manufacturers?|manufacturing|consumers?|shoppers?|customers?|households?|tourists?|consortium|record|football|soccer|cricket|rugby|fans|media|press|newspapers?|markets?|stocks|bonds|rival|competitor|partner|company|firm|club|side|team|carmaker|automaker|chipmaker|drugmaker|lender|bank|startup|subsidiary|unit|maker|retailer|airline|insurer|broadcaster|conglomerate|giant|group|supplier|investor|buyer|owner)s?\b/;

export abstract class KnownNameScanner extends ScannerBase {
  protected gazetteerPart(p: number, r: number, runStart: number, gm: GazetteerMatch): number {
    const n = this.s.index;
    const q = p + gm.len;
    const start = (this.toks[p] as Token).start;
    const end = (this.toks[q - 1] as Token).end;
    // "Manchester United", "Paris Saint-Germain": a place followed by plain capitalised words names a body.
    if ((gm.place || gm.capital) && p === runStart && q < r && !TITLE_WORDS.has(low(this.toks[q])) && !this.gazetteer(q, r)) {
      this.body(p, r, headKind(this.toks[r - 1], this.toks[r - 2]) ?? 'organization');
      return r;
    }
    if (gm.place) {
      this.table.place(gm.place, this.span(p, q), start, end, n);
      return q;
    }
    const actor = gm.actor as GazetteerActor;
    const locative = p === runStart && LOCATIVE_PREPOSITIONS.has(low(this.toks[p - 1])) && low(this.toks[p - 1]) !== 'of';
    if (gm.capital && locative && this.toks[q]?.text !== "'s") {
      this.table.place(this.span(p, q), this.span(p, q), start, end, n);
      return q;
    }
    // "the Congo River", "the Niger Delta": a state's name before a landform names a place; more of a name after it
    // names a body called after the place ("the Congo River Alliance").
    if (actor.kind === 'state' && q < r && /^(?:River|Basin|Delta|Valley)$/.test((this.toks[q] as Token).text)) {
      if (q + 1 < r) {
        this.body(p, r, headKind(this.toks[r - 1], this.toks[r - 2]) ?? 'organization');
        return r;
      }
      this.table.place(this.span(p, r), this.span(p, r), start, (this.toks[r - 1] as Token).end, n);
      return r;
    }
    // "the Belgian Cycling federation", "the Italian Rugby union": a demonym and capitalised words before a lower-case
    // body noun name a national body.
    if (actor.kind === 'state' && q < r && this.toks.slice(runStart, p).every((_, i) => skippable(this.toks, runStart + i)) && /^\s+(?:federation|association|union|confederation|league|council)\b/.test(this.text.slice((this.toks[r - 1] as Token).end, (this.toks[r - 1] as Token).end + 20))
      && this.toks.slice(q, r).every((t) => !TITLE_WORDS.has(low(t)) && headKind(t) === null)) {
      this.body(p, r, 'organization');
      return r;
    }
    // "China Association of Automobile Manufacturers": a country opening an association's "X of Y" name is part of it.
    if (actor.kind === 'state' && q + 1 < r && CIVIL_HEADS.has(low(this.toks[q])) && ['of', 'for'].includes(low(this.toks[q + 1]))) {
      this.body(p, r, 'organization');
      return r;
    }
    // "the Sudan People's Liberation Movement", "the Korean People's Army": a state or its demonym before "People's"
    // opens a body's name (the state is no actor of its own there).
    if (actor.kind === 'state' && q + 2 < r && /^Peoples?$/.test((this.toks[q] as Token).text) && /^['’]s$/.test((this.toks[q + 1] as Token).text)) {
      this.body(p, r, headKind(this.toks[r - 1], this.toks[r - 2]) ?? 'organization');
      return r;
    }
    // "U.S. Forces Korea", "U.S. Army Europe": a state's service followed by more of a name (the region it serves in)
    // names a command; "U.S. Navy Secretary …" is a title.
    const serviceAt = this.toks.slice(q, r - 1).findIndex((t) => MILITARY_HEADS.has(low(t)));
    if (actor.kind === 'state' && serviceAt >= 0 && this.toks.slice(q, r).every((t) => !TITLE_WORDS.has(low(t)))) {
      this.body(p, r, 'military');
      return r;
    }
    // "U.S. State Department", "South Korean Navy" (but not "U.S. Defense Secretary …": a person's title).
    if (actor.kind === 'state' && q < r && headKind(this.toks[r - 1], this.toks[r - 2]) && !this.toks.slice(q, r).some((t) => ROLE_NOUNS.has(low(t)))) {
      return this.institution(actor.name, this.span(q, r), headKind(this.toks[r - 1], this.toks[r - 2]) ?? 'organization', p, r);
    }
    // "the French Open", "the Canadian Grand Prix": a demonym in a competition's or a law's name is no actor.
    if (actor.kind === 'state' && q < r && NON_ACTOR_HEADS.has(low(this.toks[r - 1]))) return r;
    // "British rival Widget Ltd.", "the German club", "its U.S. partner": the state only describes a body here.
    if (actor.kind === 'state' && q === r && CURRENCY_AFTER.test(this.text.slice(end, end + 12))) return q;
    if (actor.kind === 'state' && q === r && DESCRIBED_BODY.test(this.text.slice(end, end + 30))) return q;
    if (actor.kind === 'state' && q === r) {
      const after = this.afterState(actor.name, p, q);
      if (after > q) return after;
    }
    // "United Nations Security Council", "UN General Assembly": a known body followed by a name ending in a body's head
    // is that body's organ, one actor ("NATO Secretary General …" is a title: no head at its end).
    if (actor.kind === 'organization' && q < r && headKind(this.toks[r - 1], this.toks[r - 2]) && !this.gazetteer(q, r) && !this.toks.slice(q, r).some((t) => ROLE_NOUNS.has(low(t)))) {
      this.body(p, r, headKind(this.toks[r - 1], this.toks[r - 2]) ?? 'organization');
      return r;
    }
    // …and one that serves in a country ("UN Interim Force in Lebanon", "UN Verification Mission in Colombia").
    const servesIn = this.toks.slice(q, r).findIndex((t) => t.text === 'in');
    if (actor.kind === 'organization' && servesIn > 0 && SERVES_IN_HEAD.test((this.toks[q + servesIn - 1] as Token).text)) {
      this.body(p, r, (this.toks[q + servesIn - 1] as Token).text === 'Force' ? 'military' : 'organization');
      return r;
    }
    // "BBC Sport", "BBC Radio", "CNN International": an outlet followed by more of a name is one of its services.
    if (actor.kind === 'media' && q < r && !this.gazetteer(q, r) && this.toks.slice(q, r).every((t) => !TITLE_WORDS.has(low(t)))) {
      this.body(p, r, 'media');
      return r;
    }
    // "Amnesty International Kenya": a known body followed by a country is that body's national branch.
    const branch = actor.kind !== 'person' && actor.kind !== 'state' && q < r ? this.gazetteer(q, r) : null;
    if (branch?.actor?.kind === 'state' && q + branch.len === r) {
      this.body(p, r, actor.kind === 'media' || actor.kind === 'military' ? actor.kind : 'organization');
      return r;
    }
    if (actor.kind === 'person' && gm.len === 1) {
      this.pending.push({ text: this.span(p, q), start, end, sentence: n, speechAfter: SPEECH_VERBS.has(low(this.toks[q])) });
      return q;
    }
    const key = this.table.actor(actor.name, actor.kind, actor.affiliation?.role);
    this.table.mention(key, this.span(p, q), start, end, n);
    if (actor.affiliation) this.table.affiliate(key, actor.affiliation.to, actor.affiliation.role, n);
    return q;
  }
}
