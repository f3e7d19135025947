// The part of the sentence scanner (name-runs.ts) for the rest of a run that names no body by its head word: titles
// and the employer before them ("NASA Administrator Bill Nelson", "Naples Mayor X"), then a person's name, or what
// the run's context shows it to be instead (an outlet, a body, a thing, a place, a unit). A single word is handed
// back for the article-level pass.
import type { Token } from './extract-types.ts';
import {
  HONORIFICS, LEADING_BODY_WORDS, LEADING_COMPETITION_WORDS, LEADING_MEDIA_WORDS, PARTY_WORDS, REGNAL_NUMERAL, ROLE_NOUNS,
  ROMANCE_NAME_CONNECTORS, SOVEREIGN_TITLES, TITLE_WORDS,
} from './lexicon.ts';
import { bodyContext, low } from './name-words.ts';
import { portfolioEnd, titleAfterEmployer } from './name-titles.ts';
import { KnownNameScanner } from './known-name-runs.ts';
import { givenNameStart } from './given-name-start.ts';
import { foldPlaceName } from './world-places.ts';
import { ACRONYM_AFTER, OUTLET_BEFORE, STORM_NAME, placeName, thingName } from './name-context.ts';

const LOCAL_OFFICES = new Set(['governor', 'mayor', 'prefect', 'chief', 'police', 'councillor', 'councilor', 'deputy', 'vice', 'district', 'provincial']);

export abstract class PersonRunScanner extends KnownNameScanner {
  // The employer and role a title before the name gives (set by the run, read and cleared by personPart).
  protected activeRole: { state: string; role: string } | null = null;

  // "Cagayan Governor X", "Hurunui Mayor X", "Naples chief prosecutor X": a town or province before a local office
  // is the office's remit, a place, not a body that employs the person (LABELLING.md: sub-national governments are
  // not labelled; their officials are persons).
  private localOffice(p: number, titleAt: number): boolean {
    const place = this.span(p, titleAt);
    if (!LOCAL_OFFICES.has(low(this.toks[titleAt])) || this.g.actorByAlias.has(place) || !this.g.worldPlaces.names.has(foldPlaceName(place))) return false;
    this.table.place(place, place, (this.toks[p] as Token).start, (this.toks[titleAt - 1] as Token).end, this.s.index);
    return true;
  }

  // The rest of a run with no organisation head: titles, then a person's name (or a single word for later).
  protected personPart(p: number, end: number, before: string): number {
    const n = this.s.index;
    if (LEADING_COMPETITION_WORDS.has(low(this.toks[p])) && end - p > 1) {
      this.table.nonActors.add(this.span(p, end)); // "Copa Libertadores"
      return end;
    }
    // "Confederación General del Trabajo": a foreign body named head first, its function words inside, holds no title.
    if (LEADING_BODY_WORDS.has(low(this.toks[p])) && this.toks.slice(p + 1, end).some((t) => ROMANCE_NAME_CONNECTORS.has(t.text))) {
      this.body(p, end, 'organization');
      return end;
    }
    let k = p;
    while (k < end - 1 && PARTY_WORDS.has(low(this.toks[k]))) k += 1;
    // "NASA Administrator Bill Nelson", "Senate Majority Leader Chuck Schumer": an employer before the title. A former
    // one ("Former Treasury Secretary X") is not part of the story through this person.
    const titleAt = titleAfterEmployer(this.toks, k, end);
    if (titleAt > k) {
      const former = /\bformer\s+$/i.test(this.text.slice(Math.max(0, (this.toks[k] as Token).start - 8), (this.toks[k] as Token).start));
      const employer = former ? null : this.localOffice(k, titleAt) ? null : this.organizationFor(k, titleAt);
      k = titleAt;
      while (k < end - 1 && TITLE_WORDS.has(low(this.toks[k]))) k += 1;
      if (employer) this.activeRole = { state: employer, role: this.span(titleAt, k).toLowerCase() };
    }
    const p0 = k;
    k = portfolioEnd(this.toks, k, end);
    // Titles, and "of"/"for" inside one ("Secretary of State", "Minister for Foreign Affairs").
    const titleWord = (i: number) => TITLE_WORDS.has(low(this.toks[i]))
      || (['of', 'for'].includes(low(this.toks[i])) && i > p0 && TITLE_WORDS.has(low(this.toks[i - 1])) && TITLE_WORDS.has(low(this.toks[i + 1])));
    while (k < end - 1 && titleWord(k)) k += 1;
    const titled = k > p0;
    const titleWords = this.toks.slice(p0, k).filter((t) => !HONORIFICS.has(low(t))).map((t) => t.text.toLowerCase());
    const role = titleWords.length > 0 ? titleWords.join(' ') : this.activeRole?.role;
    const from = givenNameStart(this.toks, k, end, k > p0, this.g.nameVocabulary);
    if (end - from === 1) {
      // "Defense Minister" before a known name, "keeps Foreign Affairs": a title or a portfolio with no name after it.
      if (ROLE_NOUNS.has(low(this.toks[from])) || low(this.toks[from]) === 'affairs') return end;
      this.pendingWord(from, end, role);
      return end;
    }
    const last = this.toks[end - 1] as Token;
    const name = this.span(from, end);
    const after = this.text.slice(last.end, last.end + 80);
    const tokens = this.toks.slice(from, end);
    // "King Charles III": a regnal numeral ends a monarch's name; any other acronym makes the name a body's
    // ("CK Hutchison") when it leads, and not a person's ("Generative AI") elsewhere.
    const regnal = REGNAL_NUMERAL.test(last.text) && (this.toks.slice(p0, from).some((t) => SOVEREIGN_TITLES.has(low(t))) || this.table.actors.has(name));
    const acronym = (t: Token) => /^\p{Lu}{2,}$/u.test(t.text) && !(regnal && t === last);
    if (!titled && tokens.length > 1 && LEADING_MEDIA_WORDS.has(low(tokens[0]))) {
      this.body(from, end, 'media');
      return end;
    }
    if (!titled && (acronym(tokens[0] as Token) || LEADING_BODY_WORDS.has(low(tokens[0])) || bodyContext(before, after))) {
      this.body(from, end, 'organization');
      return end;
    }
    if (tokens.some(acronym)) return end;
    // No title and no body around it: a thing's name ("the New Glenn rocket") or a place's ("in Tel Aviv", "the
    // High Atlas mountains") is no actor; "&" is never in a person's name ("S&P Global Ratings").
    if (!titled) {
      if (thingName(before, after) || STORM_NAME.test(`${name} `) || this.table.nonActors.has(name)) {
        this.table.nonActors.add(name);
        return end;
      }
      if (placeName(before, after, (tokens[0] as Token).text)) {
        this.table.place(name, name, (this.toks[from] as Token).start, last.end, n);
        return end;
      }
      if (name.includes('&') || OUTLET_BEFORE.test(before) || ACRONYM_AFTER.test(after)) {
        const key = this.body(from, end, OUTLET_BEFORE.test(before) ? 'media' : /\b(?:Military|Army|Naval|Navy)\b/.test(name) ? 'military' : 'organization');
        const acronym = ACRONYM_AFTER.exec(after);
        if (acronym?.[1]) {
          const at = last.end + after.indexOf(acronym[1]);
          this.table.mention(key, acronym[1], at, at + acronym[1].length, n);
        }
        return end;
      }
    }
    // "Southern European governments", "West African states": a compass word and a demonym describe what follows.
    if (!titled && /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West)\s+\p{Lu}\p{Ll}+(?:an|ean|ian|ese|ic)$/u.test(name) && /^\s+[a-z]/.test(after)) return end;
    // "Radio Mitre", "Radio Free Europe", "TV Globo": a broadcaster's type word opening a name makes it an outlet's.
    if (!titled && /^(?:Radio|Television|TV)$/.test((tokens[0] as Token).text)) {
      this.body(from, end, 'media');
      return end;
    }
    // "the Second Army Region", "Naval Group Command": a service's name inside a name is a unit's, not a person's.
    if (!titled && /\b(?:Army|Navy|Naval|Military|Air Force)\b/.test(name)) {
      this.body(from, end, 'military');
      return end;
    }
    const key = this.table.actor(name, 'person', role);
    this.table.mention(key, name, (this.toks[from] as Token).start, last.end, n);
    if (this.activeRole) this.table.affiliate(key, this.activeRole.state, this.activeRole.role, n);
    this.activeRole = null;
    return end;
  }
}
