// Reads one sentence's tokens left to right and turns runs of capitalised words into actor and place mentions:
// gazetteer names (longest match), state-owned institutions ("South Korea's Defense Ministry", "Seoul's
// intelligence service", "South Korean Navy"), ships, titled people ("DPRK defense minister Noh Kwan-chol"),
// organisations by their head word ("Acme Corp.") and unknown multi-word names (people). Single unknown words are
// handed back for the article-level pass (a surname needs the whole article). A run that opens with a gazetteer name
// is read by known-name-runs.ts, one with no body's head word by person-runs.ts.
import type { Token } from './extract-types.ts';
import type { GazetteerActor } from './gazetteer-files.ts';
import { NON_ACTOR_HEADS, PARTY_WORDS, PATRONYMIC_SUFFIXES, PLACE_LIKE_HEADS, SHIP_PREFIXES, TITLE_WORDS, WORKS_AT } from './lexicon.ts';
import { atSentenceStart, headKind, isConnector, isNameToken, low, ofHeadKind, skippable } from './name-words.ts';
import { datelineCity, titleAfterOfBody } from './name-titles.ts';
import type { GazetteerMatch } from './name-scan-base.ts';
import { PersonRunScanner } from './person-runs.ts';

export type { PendingWord } from './name-scan-base.ts';

const LEGISLATURES = new Set(['congress', 'senate']); // not "Parliament": LABELLING.md counts an unnamed parliament no actor

const SPORTS_LEAGUE = /\b(?:Premier|Champions|Europa|Conference|Nations|Super|Pro|Major|Football|Rugby|Cricket|Basketball|Hockey)\s+League$/;

const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'upper', 'lower']);

export class SentenceScanner extends PersonRunScanner {

  scan(): void {
    let i = this.dateline();
    while (i < this.toks.length) {
      if (!isNameToken(this.toks[i])) {
        i = this.numberedUnit(i) ?? i + 1;
        continue;
      }
      // "Unit 8200", "Unit 29155": a unit known by its number alone (a military unit's name, not a model number).
      if ((this.toks[i] as Token).text === 'Unit' && /^\d{3,}$/.test(this.toks[i + 1]?.text ?? '')) {
        this.body(i, i + 2, 'military');
        i += 2;
        continue;
      }
      let r = this.runEnd(i);
      // A known name with lower-case words inside ("Save the Children", "Doctors Without Borders") runs on past them.
      if (this.g.lowerCaseInside.has((this.toks[i] as Token).text)) {
        const known = this.gazetteer(i, Math.min(this.toks.length, i + this.g.maxAliasWords));
        if (known && i + known.len > r) r = i + known.len;
      }
      i = this.run(i, r);
    }
  }

  private runEnd(i: number): number {
    let r = i + 1;
    while (r < this.toks.length && (isNameToken(this.toks[r]) || isConnector(this.toks, r, this.knownName, i))) r += 1;
    if (r - i >= 2 && PATRONYMIC_SUFFIXES.has(this.toks[r]?.text ?? '')) r += 1; // "Bakyt Almazbek uulu"
    return r;
  }

  // "the 3rd Marine Littoral Regiment", "the 25th Infantry Division": a unit's ordinal is part of its name, and
  // two units differ by it alone. The end of the unit's name, or undefined when no unit starts here.
  private numberedUnit(i: number): number | undefined {
    if (!/^\d+(?:st|nd|rd|th)$/.test((this.toks[i] as Token).text) || !isNameToken(this.toks[i + 1])) return undefined;
    const r = this.runEnd(i + 1);
    if (headKind(this.toks[r - 1]) !== 'military') return undefined;
    this.body(i, r, 'military');
    return r;
  }

  // A wire dateline's city is where the report was filed from; scanning starts after it.
  private dateline(): number {
    const city = datelineCity(this.text, this.s);
    if (!city) return 0;
    if (city.text) this.table.place(this.g.placeByAlias.get(city.name)?.name ?? city.name, city.text, this.s.start, this.s.start + city.text.length, this.s.index);
    let i = 0;
    while (i < this.toks.length && (this.toks[i] as Token).end <= this.s.start + city.length) i += 1;
    return i;
  }

  private run(a: number, r: number): number {
    this.activeRole = this.pendingRole;
    this.pendingRole = null;
    let p = a;
    while (p < r && !this.gazetteer(p, r) && skippable(this.toks, p)) p += 1;
    while (p < r) p = this.part(p, r, a);
    return Math.max(r, p);
  }

  private part(p: number, r: number, runStart: number): number {
    const t = this.toks[p] as Token;
    const n = this.s.index;
    const ship = SHIP_PREFIXES[t.text];
    if (ship && p + 1 < r) {
      const key = this.table.actor(this.span(p, r), 'military');
      this.table.mention(key, this.span(p, r), t.start, (this.toks[r - 1] as Token).end, n);
      this.table.affiliate(key, ship, 'ship', n);
      return r;
    }
    const gm = this.gazetteer(p, r);
    // "the Lisbon Declaration", "Fuga Island": a place's or state's name opening a thing's is no actor either.
    if (gm && p === runStart && gm.len < r - p && NON_ACTOR_HEADS.has(low(this.toks[r - 1]))) return r;
    // "Kim Yun-duk" is not "Kim" (Kim Jong Un): a famous person's one-word alias with more of a name after it is
    // another person's name.
    if (gm && !this.otherPersonsName(p, r, gm)) return this.gazetteerPart(p, r, runStart, gm);
    const parts = t.text.split('-');
    if (parts.length > 1 && parts.every((x) => this.g.actorByAlias.get(x)?.kind === 'state')) {
      let at = t.start;
      for (const x of parts) {
        const actor = this.g.actorByAlias.get(x) as GazetteerActor;
        this.table.mention(this.table.actor(actor.name, actor.kind), x, at, at + x.length, n);
        at += x.length + 1;
      }
      return p + 1;
    }
    return this.namePart(p, r);
  }

  private otherPersonsName(p: number, r: number, gm: GazetteerMatch): boolean {
    return gm.actor?.kind === 'person' && gm.len === 1 && p + 1 < r && isNameToken(this.toks[p + 1]);
  }

  private namePart(p: number, r: number): number {
    const n = this.s.index;
    const ofHead = ofHeadKind(this.toks, p, r);
    const kind = headKind(this.toks[r - 1], this.toks[r - 2]) ?? ofHead?.kind ?? null;
    // "Bank of England Governor Andrew Bailey": a body named with "of", then a title and a person it employs.
    const titleAt = ofHead && kind === ofHead.kind && !headKind(this.toks[r - 1], this.toks[r - 2]) ? titleAfterOfBody(this.toks, ofHead.complement, r) : -1;
    if (titleAt > 0) {
      const employer = this.body(p, titleAt, ofHead?.kind ?? 'organization');
      this.activeRole = { state: employer, role: '' };
      return this.personPart(titleAt, r, this.text.slice(Math.max(this.s.start, (this.toks[p] as Token).start - 60), (this.toks[p] as Token).start));
    }
    // A run that holds a known name later ("President Lee met Kishida") stops before it.
    let end = r;
    for (let k = p + 1; k < r && !kind; k += 1) {
      const gm = this.gazetteer(k, r);
      if (!gm || this.otherPersonsName(k, r, gm)) continue;
      // "Western Australia": a compass word before a state names a region.
      if (k === p + 1 && COMPASS.has(low(this.toks[p])) && gm.actor?.kind === 'state') {
        this.table.place(this.span(p, k + gm.len), this.span(p, k + gm.len), (this.toks[p] as Token).start, (this.toks[k + gm.len - 1] as Token).end, this.s.index);
        return k + gm.len;
      }
      // "Real Madrid": a place inside a run of plain capitalised words is part of a body's name.
      // So is a country after one ("Amnesty International Kenya", "Three UK").
      if ((gm.place || gm.actor?.kind === 'state') && k + gm.len === r && this.toks.slice(p, k).every((t) => !TITLE_WORDS.has(low(t)) && !PARTY_WORDS.has(low(t)))) {
        // …unless it stands where a place does ("classes in Metro Manila", "near Greater Sudbury").
        const first = this.toks[p] as Token;
        if (/\b(?:in|near|outside|inside|across|throughout|around)\s+(?:the\s+)?$/.test(this.text.slice(Math.max(this.s.start, first.start - 20), first.start))) {
          this.table.place(this.span(p, r), this.span(p, r), first.start, (this.toks[r - 1] as Token).end, this.s.index);
          return r;
        }
        this.body(p, r, 'organization');
        return r;
      }
      end = k;
      break;
    }
    if (NON_ACTOR_HEADS.has(low(this.toks[end - 1]))) return r;
    const first = this.toks[p] as Token;
    const before = this.text.slice(Math.max(this.s.start, first.start - 60), first.start); // within the sentence: a headline ends without a stop
    // "finished seventh in the Premier League", "won the Champions League": a sports league played in or won is a
    // competition there, not a body. So is one before what belongs to it ("a Premier League manager", "a first
    // Champions League title").
    if (SPORTS_LEAGUE.test(this.span(p, r)) && (/\b(?:in|into|won|win|wins|winning|from|at|reach|reached|of)\s+the\s+$/.test(before)
      || /^\s+(?:title|manager|match|game|season|final|clubs?|sides?|teams?|table|trophy|record|fixture|campaign|opener|debut)\b/.test(this.text.slice((this.toks[r - 1] as Token).end, (this.toks[r - 1] as Token).end + 12)))) return r;
    if (kind && PLACE_LIKE_HEADS.has(low(this.toks[r - 1])) && /\b(?:on|in|at|outside|inside|near)\s+(?:the\s+)?$/.test(before)) {
      this.table.place(this.span(p, r), this.span(p, r), first.start, (this.toks[r - 1] as Token).end, n); // "on Centre Court"
      return r;
    }
    if (kind && r - p === 1) {
      // "the Senate" after "the U.S. Senate", "the opposition Greens": the institution named before, or a body. A bare
      // head word with no article
      // ("Regulator sues …" in a headline) is a common noun, not a name.
      // A legislature's bare name inside a sentence is a name too ("notified to Congress", "the first budget Congress
      // has approved").
      const legislature = LEGISLATURES.has(low(first)) && !atSentenceStart(this.toks, p);
      if (legislature || /\bthe\s+(?:[a-z-]+\s+)?$/i.test(before) || this.g.actorByAlias.has(first.text) || this.table.byInitials(first.text)) this.organizationFor(p, r);
      // "Treasury said …" after "the US Treasury Department": the article-level pass ties it to that body, or drops it.
      else if (low(first) !== 'parliament') this.pendingWord(p, r, undefined);
      return r;
    }
    if (kind || (WORKS_AT.test(before) && end === r)) {
      const key = this.body(p, r, kind ?? 'organization');
      // "Bank of England": the state after "of" is where the body belongs, not a separate actor here.
      const state = ofHead ? this.gazetteer(ofHead.complement, r) : null;
      if (state?.actor?.kind === 'state' && ofHead && state.len === r - ofHead.complement) this.table.affiliate(key, state.actor.name, '', n);
      return r;
    }
    return this.personPart(p, end, before);
  }

}
