// The state and helpers SentenceScanner (name-runs.ts) shares across its steps: the sentence's tokens, the gazetteer
// lookup (longest alias first), and the writers that turn a token span into an actor mention (a body, a state's
// institution, a single word left for the article-level pass).
import type { SentenceSpan, Token } from './extract-types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { GazetteerActor } from './gazetteer-files.ts';
import type { ActorTable } from './actor-table.ts';
import { ROLE_NOUNS, SERVICE_THING_AFTER, SPEECH_VERBS, STATE_INSTITUTIONS, TITLE_WORDS, WORKS_AT } from './lexicon.ts';
import { atSentenceStart, bodyContext, headKind, isConnector, isNameToken, low, ofHeadKind, type BodyKind } from './name-words.ts';
import { INDEFINITE_BEFORE, placeName, thingName } from './name-context.ts';
import { MEMBERS_AFTER } from './armed-groups.ts';

const COMPANY_ENDS = new Set(['corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'group', 'holdings', 'technology', 'technologies', 'electronics', 'motors', 'industries']);

// "Økokrim, Norway's National Authority for …", "X, the carmaker": an appositive that names a body's type (but
// "…of Marrakesh, the agency said" is an attribution).
const APPOSITIVE_BODY = /^,\s+(?:the|a|an|\p{Lu}[\p{L}.]*['’]s)\s+[^,]*\b(?:investor|shareholder|backer|owner|rival|partner|customer|client|union|company|firm|group|party|club|bank|agency|maker|carrier|lender|broadcaster|retailer|operator|organi[sz]ation|charity|startup|association|federation|institute|lobby|body|consortium|think tank|foundation|network|alliance|exchange|insurer|airline|manufacturer|producer|developer|supplier|distributor|consultancy|publisher|[Aa]uthority|[Rr]egulator|[Ww]atchdog|[Cc]ommission|[Oo]ffice|[Ss]ervice|[Mm]inistry|[Dd]epartment|[Pp]olice|[Pp]rosecutors?)\b(?!\s+(?:said|says|told|added|reported|announced|confirmed|estimated)\b)/u;

// A single word after a bare locative ("in Bandung") stays for the article-level pass: a surname or a body named
// elsewhere ("analysts at Nomura") may be meant; only the stronger place cues settle it here.
const LOCATIVE_ONLY = /(?:^|[^\p{L}])(?:in|near|outside|inside|across|throughout|around|towards?|at)\s+(?:the\s+)?$/u;

// "new AirPods", "its latest Pixel": what is new or latest is a product, not a maker.
const PRODUCT_BEFORE = /\b(?:new|latest|upcoming|flagship|cheaper|thinner|foldable)\s+$/;
const EMPLOYER_BEFORE_ROLE = /^\s+(?:[a-z-]+\s+){0,2}(?:director|coach|manager|chairman|chairwoman|chair|chief|president|executive|spokes(?:man|woman|person)|economist|analyst|captain|striker|midfielder|defender|goalkeeper|ceo|boss|head|secretary|treasurer|founder|editor|correspondent)\s+\p{Lu}\p{Ll}/u;

// A capitalised word opening a sentence is a common noun when it ends like one ("Rescuers", "Residents",
// "Authorities") or the article also writes it in lower case ("Aid arrived …" and "… sent aid").
function commonWordAtStart(word: string, text: string): boolean {
  return /\p{Ll}(?:ers|ors|ists|ians|ants|ents|ies|ees)$/u.test(word) || new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
}

// "His team, Vireo-Hallmark, said": a word in commas after a body noun is that body's name.
const APPOSITIVE_SPEAKER = /\b(?:team|company|firm|parent|club|union|group|owner|employer|rival|partner|carrier|airline|bank|lender|insurer|regulator|broadcaster|publisher|sponsor|federation|association)\s*,\s*$/;

export const KNOWN_AS = /^,\s+(?:also\s+)?(?:known|referred to)\s+as\s+(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})(?=[\s,.;)])/u;

export interface GazetteerMatch { len: number; actor?: GazetteerActor; place?: string; capital?: boolean }

export interface PendingWord {
  text: string;
  start: number;
  end: number;
  sentence: number;
  speechAfter: boolean;
  role?: string;
  kindHint?: 'media'; // what the context says a body named by this word is
  bodyHint?: boolean; // the context says a body ("a Rio Tinto subsidiary", "led Novo"), whoever the word resolves to
}

export class ScannerBase {
  protected pendingRole: { state: string; role: string } | null = null; // set by afterState for the next run only

  constructor(
    protected readonly s: SentenceSpan,
    protected readonly toks: Token[],
    protected readonly g: Gazetteer,
    protected readonly table: ActorTable,
    protected readonly pending: PendingWord[],
    protected readonly text: string,
  ) {}

  protected span(a: number, b: number): string {
    return this.text.slice(this.toks[a]?.start ?? 0, this.toks[b - 1]?.end ?? 0);
  }

  // Words a..b already name someone (a gazetteer entry, or a person named earlier): "Macron and Finance Ministry" is two.
  protected readonly knownName = (a: number, b: number): boolean => {
    const text = this.span(a, b);
    if (this.gazetteer(a, b)) return true;
    return [...this.table.actors.values()].some((x) => x.kind === 'person' && x.name.split(' ').includes(text));
  };

  // Longest gazetteer alias starting at token p and ending before r.
  // The scanner asks the same (p, r) several times while it decides a run; the answer is kept per sentence.
  private readonly lookups = new Map<number, GazetteerMatch | null>();

  protected gazetteer(p: number, r: number): GazetteerMatch | null {
    if (!this.g.firstWords.has(this.toks[p]?.text ?? '')) return null;
    const memo = p * 4096 + r;
    const known = this.lookups.get(memo);
    if (known !== undefined) return known;
    let found: GazetteerMatch | null = null;
    for (let q = Math.min(r, p + this.g.maxAliasWords); q > p && !found; q -= 1) {
      const alias = this.span(p, q);
      const place = this.g.placeByAlias.get(alias);
      const actor = place ? undefined : this.g.actorByAlias.get(alias);
      if (place) found = { len: q - p, place: place.name };
      else if (actor) found = { len: q - p, actor, capital: this.g.capitalOf.has(alias) };
    }
    this.lookups.set(memo, found);
    return found;
  }

  protected organizationFor(p: number, e: number): string | null {
    const text = this.span(p, e);
    // "Leverkusen sporting director Simon Rolfes": whoever employs a titled person is a body, even one first taken
    // for an untitled person ("Bayer Leverkusen").
    const untitled = [...this.table.actors.values()].find((a) => a.kind === 'person' && !a.role && (a.name === text || a.name.endsWith(` ${text}`)));
    if (untitled) this.table.retype(untitled.name, 'organization');
    const institution = [...this.table.actors.keys()].find((k) => k.endsWith(` ${text}`) && this.table.actors.get(k)?.kind !== 'person')
      ?? this.table.byInitials(text); // "ASIC" after "the Australian Securities and Investments Commission"
    if (institution) {
      this.table.mention(institution, text, (this.toks[p] as Token).start, (this.toks[e - 1] as Token).end, this.s.index);
      return institution;
    }
    const known = this.g.actorByAlias.get(text);
    const key = known ? this.table.actor(known.name, known.kind) : this.table.actor(text, headKind(this.toks[e - 1], this.toks[e - 2]) ?? 'organization');
    this.table.mention(key, text, (this.toks[p] as Token).start, (this.toks[e - 1] as Token).end, this.s.index);
    return key;
  }

  // `own`: the institution's name without the state. A generic one ("Defence Ministry", "Department of Finance",
  // "Sixth Fleet") takes the state into its name, so that two states' ministries stay two actors; a proper name of
  // three words or more ("Competition and Markets Authority", "Food and Drug Administration") is its own.
  // A proper name leaves the state its own mention ("Britain's" in "Britain's Competition and Markets Authority").
  protected institution(state: string, own: string, kind: 'organization' | 'military' | 'media', p: number, e: number, ownStart = -1): number {
    const contentWords = own.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Of|For|And|The)$/.test(w));
    // "Britain's Competition and Markets Authority": a possessive keeps the state apart, an actor of its own; without
    // one ("Japan Bank for International Cooperation") the state opens the body's name and is no second actor.
    const possessive = ownStart > p && /^['’]s?$/.test(this.toks[ownStart - 1]?.text ?? '');
    if (contentWords.length >= 3 && ownStart > p && possessive) {
      let stateEnd = ownStart;
      while (stateEnd > p && /^['’]s?$/.test(this.toks[stateEnd - 1]?.text ?? '')) stateEnd -= 1;
      this.table.mention(state, this.span(p, stateEnd), (this.toks[p] as Token).start, (this.toks[stateEnd - 1] as Token).end, this.s.index);
      this.table.actor(state, 'state');
      const key = this.table.actor(own, kind);
      this.table.mention(key, own, (this.toks[ownStart] as Token).start, (this.toks[e - 1] as Token).end, this.s.index);
      this.table.affiliate(key, state, '', this.s.index);
      return e;
    }
    // A demonym or short form before a proper name is part of it as written ("Australian Securities and Investments
    // Commission", "U.S. Food and Drug Administration").
    // An outlet keeps the name it goes by ("The Canadian Press", "Japanese broadcaster NHK"); only a state's own
    // institutions are named after the state ("South Korean Navy" → South Korea Navy).
    const name = contentWords.length >= 3 || kind === 'media' ? this.span(p, e) : `${state} ${own}`;
    const key = this.table.actor(name, kind);
    this.table.mention(key, this.span(p, e), (this.toks[p] as Token).start, (this.toks[e - 1] as Token).end, this.s.index);
    this.table.affiliate(key, state, '', this.s.index);
    return e;
  }

  protected body(p: number, e: number, kind: BodyKind): string {
    const key = this.table.actor(this.span(p, e), kind);
    this.table.retype(key, kind);
    const end = (this.toks[e - 1] as Token).end;
    this.table.mention(key, this.span(p, e), (this.toks[p] as Token).start, end, this.s.index);
    // "The European Consumer Organisation, known as BEUC, …": the short name it goes by is the same body.
    const known = KNOWN_AS.exec(this.text.slice(end, end + 40));
    if (known?.[1]) {
      const at = end + known[0].length - known[1].length;
      this.table.mention(key, known[1], at, at + known[1].length, this.s.index);
    }
    return key;
  }

  // A single unknown word is settled once the whole article is read (a surname, a short company name); here we note
  // the signs that it names an organisation: an acronym or CamelCase ("NASA", "SpaceX"), a verb right after it
  // ("Nvidia reported"), an opponent or employer before it ("against Chelsea", "analyst at X"), a type noun after it
  // ("the Unite union", "the CGT union"), or a description ("X, the carmaker, …").
  protected pendingWord(from: number, end: number, role: string | undefined): void {
    const t = this.toks[from] as Token;
    const next = low(this.toks[end]);
    const before = this.text.slice(Math.max(this.s.start, t.start - 60), t.start);
    const afterText = this.text.slice(t.end, t.end + 80);
    if (!role && (thingName(before, afterText) || PRODUCT_BEFORE.test(before))) { // "its ESCAPADE mission", "Leqembi, developed by Eisai"
      this.table.nonActors.add(t.text);
      return;
    }
    if (!role && placeName(before, afterText) && !LOCATIVE_ONLY.test(before) && !/^['’]/.test(afterText)) { // "the island of Flores"
      this.table.place(t.text, t.text, t.start, t.end, this.s.index);
      return;
    }
    // ("A BHP spokeswoman said": an acronym before a person's role is the employer, a body.)
    if (/^\p{Lu}{2,}$/u.test(t.text) && INDEFINITE_BEFORE.test(before) && !ROLE_NOUNS.has(next) && !/^spokes|^members?$|^sources?$/.test(next)) return;
    // "MPs", "MEPs", "NGOs", "Under-21s": a plural is a common noun, never one actor's name.
    if (/^(?:\p{Lu}{2,}|\p{Lu}[\p{Ll}]*-\d+)s$/u.test(t.text)) return;
    const quoted = /["“]\s*$/.test(before);
    const toldOutlet = /\b(?:told|broadcaster|newspaper|outlet|channel|news agency|news site|news website|news portal|daily|tabloid|network|magazine)\s+$/.test(before)
      && !/^\s+(?:staff|workers|members|employees|officials|executives|leaders|supporters|students|troops|lawmakers)\b/.test(afterText); // "told NHS staff" // "Pérez told Marca the signing …": an outlet (or a person named again later)
    // "urged Ukraine to accept the talks "IMMEDIATELY"": a long word in capitals inside quotation marks is shouted.
    const quotesBefore = this.text.slice(this.s.start, t.start).match(/["“”]/g)?.length ?? 0;
    if (quotesBefore % 2 === 1 && /^\p{Lu}{5,}$/u.test(t.text) && !this.g.actorByAlias.has(t.text)) return;
    // "Rescuers reached …", "Aid arrived …": a common noun that opens the sentence is no name, whatever verb follows;
    // a person's surname named before ("Wilders, whose party …") is one, whatever its ending.
    if (atSentenceStart(this.toks, from) && !this.knownName(from, end) && !/^\p{Lu}{2,}|^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) && commonWordAtStart(t.text, this.text)) return;
    // "Leverkusen sporting director Simon Rolfes", "Nomura chief economist …": an employer before a role and a name.
    const employer = EMPLOYER_BEFORE_ROLE.test(afterText) && !TITLE_WORDS.has(low(t));
    const bodyHint = employer || bodyContext(before, afterText) || /^\s+(?:union|company|firm|group|bloc|alliance|coalition)\b/.test(afterText);
    // "the Federal Prosecutor's Office in Karlsruhe said": a word after a locative is where the speaker is, not who.
    const speechAfter = employer || (!quoted && !LOCATIVE_ONLY.test(before) && (SPEECH_VERBS.has(next) || /^[a-z]+ed$|^(?:won|beat|says)$/.test(next)))
      || /^\p{Lu}{3,}\+?$|^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) || /\b(?:against|beat|beating|rival)\s*$/i.test(before) || WORKS_AT.test(before)
      || (/\b(?:told|addressed|informed|asked|urged|warned|lobbied|petitioned)\s+the\s*$/.test(before) && /^[.,;:]?$/.test(next)) // "told the Bundestag."
      || /^\s+(?:union|company|firm|group|party|club|bank|agency|carmaker|broadcaster|retailer|conglomerate|charity|startup|airline|lender|insurer|network|newspaper|channel|bloc|alliance|coalition|movement|militia|outlet|daily|website)\b/.test(afterText)
      || toldOutlet
      // "according to Tradeweb", "is run by Tengizchevroil": a source or an operator is an actor.
      // (Not a word that opens a longer name: "run by Innovation, Science and Economic Development Canada".)
      || (/\b(?:according to|run by|operated by|owned by|controlled by)\s+(?:the\s+)?$/.test(before) && !/^\s*(?:,\s*|\s+(?:of|and|for)\s+)\p{Lu}/u.test(afterText))
      || bodyContext(before, afterText)
      || APPOSITIVE_BODY.test(afterText)
      || MEMBERS_AFTER.test(afterText) // "the M23 rebels"
      || (APPOSITIVE_SPEAKER.test(before) && /^\s*,\s+(?:(?:has|had|also)\s+)?(?:said|says|told|announced|confirmed)\b/.test(afterText));
    this.pending.push({ text: t.text, start: t.start, end: t.end, sentence: this.s.index, speechAfter, ...(role ? { role } : {}), ...(toldOutlet ? { kindHint: 'media' as const } : {}), ...(bodyHint ? { bodyHint } : {}) });
  }

  // After a state name: "'s Defense Ministry", "'s intelligence service", "intelligence officials", or a role
  // ("defense minister Noh ...") that the next name takes as its affiliation.
  protected afterState(state: string, p: number, q: number): number {
    let k = q;
    if (this.toks[k]?.text === "'s") k += 1;
    if (isNameToken(this.toks[k])) {
      let e = k + 1;
      // "Ireland's Department of Finance": the institution's name may hold "of", "for" and "and".
      while (e < this.toks.length && (isNameToken(this.toks[e]) || isConnector(this.toks, e, this.knownName, k))) e += 1;
      const kind = headKind(this.toks[e - 1], this.toks[e - 2]) ?? ofHeadKind(this.toks, k, e)?.kind ?? null;
      // "Taiwan's Powerchip Semiconductor Manufacturing Corp.": a company from the state, not the state's institution.
      if (k > q && kind && e - k > 1 && COMPANY_ENDS.has(low(this.toks[e - 1]))) return q;
      if (k > q && kind) return this.institution(state, this.span(k, e), kind, p, e, k);
      // "Spain's King Felipe VI", "Japan's Prime Minister …": the titled person serves the state.
      let t = k;
      while (t < e && TITLE_WORDS.has(low(this.toks[t]))) t += 1;
      if (k > q && t > k && t < e) this.pendingRole = { state, role: this.span(k, t).toLowerCase() };
      return q;
    }
    const rest = this.text.slice(this.toks[k]?.start ?? 0, (this.toks[k]?.start ?? 0) + 40);
    for (const inst of STATE_INSTITUTIONS) {
      const m = inst.pattern.exec(rest);
      if (!m) continue;
      const endChar = (this.toks[k]?.start ?? 0) + m[0].length;
      if (SERVICE_THING_AFTER.test(this.text.slice(endChar, endChar + 30))) return q;
      let e = k;
      while (e < this.toks.length && (this.toks[e] as Token).end <= endChar) e += 1;
      const word = m[1] ?? '';
      const name = inst.name.replace('$1', `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`);
      return this.institution(state, name, inst.kind, p, e);
    }
    const roleWords: string[] = [];
    for (let e = q; e < Math.min(this.toks.length, q + 4); e += 1) {
      const w = low(this.toks[e]);
      if (!/^[a-z-]+$/.test(w)) break;
      roleWords.push(w);
      if (ROLE_NOUNS.has(w) && isNameToken(this.toks[e + 1])) {
        this.pendingRole = { state, role: roleWords.join(' ') };
        break;
      }
    }
    return q;
  }
}
