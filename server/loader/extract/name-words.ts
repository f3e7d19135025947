// Word-level evidence the name scanner (name-runs.ts) reads off one sentence's tokens: is a capitalised word part of
// a name, does a connector ("of", "and", "&", "van") join two parts of one name, what kind of body a head word
// names, and what the words around an unknown name say about it (an organisation or a person). Pure functions.
import type { Token } from './extract-types.ts';
import { isCapitalized } from './tokens.ts';
import { FUNCTION_WORDS, LEADING_BODY_WORDS, MEDIA_HEADS, MILITARY_HEADS, MONTHS, NOT_NAME_START, ORG_HEADS, ROMANCE_NAME_CONNECTORS, SERVES_IN_HEAD, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';

export type BodyKind = 'organization' | 'military' | 'media';

export const low = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
// "al-Burhan", "el-Sisi", "bin-Zayed": a lower-case particle joined to a capitalised name is part of the name.
const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|wal|ibn|bin|ben|abu|van|von|de|di|da|du|le|la)-\p{Lu}/u;
// "Tokyo-based", "Oslo-listed", "U.S.-drafted": a place or state made into an adjective describes what follows it.
// So does a period or a kind made into one ("Cold War-era", "Soviet-style", "Nimitz-class").
export const PLACE_ADJECTIVE = /^\S+-(?:based|listed|headquartered|registered|owned|backed|led|run|controlled|funded|drafted|brokered|made|built|born|bred|era|style|class|type|linked|aligned|allied|affiliated|inspired|friendly)$/i;
export const isNameToken = (t: Token | undefined) =>
  (isCapitalized(t) || JOINED_PARTICLE.test(t?.text ?? '')) && !MONTHS.has(low(t)) && !WEEKDAYS.has(low(t)) && /\p{L}/u.test(t?.text ?? '')
  && !PLACE_ADJECTIVE.test(t?.text ?? '') && !/^No\.?$/.test(t?.text ?? ''); // "Union No. 4": a number's abbreviation

// The kind of body a name's last word makes it ("… Authority", "… Fleet", "… TV"), or null for an ordinary word.
export function headKind(t: Token | undefined, before?: Token): BodyKind | null {
  const w = low(t);
  if (w === 'agency' && /^(?:press|news)$/.test(low(before))) return 'media'; // "Saudi Press Agency", "Kyodo News Agency"
  // A coast guard polices the sea and is a body of its own, not an armed service ("China Coast Guard"; LABELLING.md).
  if (w === 'guard' && low(before) === 'coast') return 'organization';
  // A police force is a body, not an armed service ("Somali Police Force", "Royal Solomon Islands Police Force").
  if ((w === 'force' || w === 'service') && low(before) === 'police') return 'organization';
  if (MILITARY_HEADS.has(w)) return 'military';
  if (MEDIA_HEADS.has(w)) return 'media';
  if (ORG_HEADS.has(w)) return 'organization';
  return null;
}

// Where a sentence (or a quotation, a bullet, a dateline) starts, a capital proves nothing.
export function atSentenceStart(toks: Token[], p: number): boolean {
  const prev = toks[p - 1];
  return prev === undefined || /^[:—–"“‘'(•*-]$/.test(prev.text);
}

// A capitalised word to step over before a name starts: function words anywhere (Title Case headlines), the rest
// of NOT_NAME_START ("All", "Former", "Analysts") only where a sentence starts.
// "First Vice President X", "First Deputy Prime Minister X": an ordinal before a title ranks the title ("First
// Quantum Minerals" keeps its first word).
export const skippable = (toks: Token[], p: number) =>
  FUNCTION_WORDS.has(low(toks[p])) || ((NOT_NAME_START.has(low(toks[p])) || (low(toks[p]) === 'first' && TITLE_WORDS.has(low(toks[p + 1])))) && atSentenceStart(toks, p));

// Words that end a body's full name: "Acme Corp and Widget Ltd" are two bodies ("Securities and Investments" is one).
const LEGAL_ENDS = new Set(['corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'ag', 'sa', 'se', 'nv', 'group',
  'holdings', 'company', 'corporation', 'bank', 'party', 'club', 'fc', 'ministry', 'agency', 'university']);

const PORTFOLIOS = new Set(['land', 'trade', 'industry', 'commerce', 'development', 'culture', 'sport', 'sports', 'tourism',
  'environment', 'energy', 'climate', 'technology', 'innovation', 'science', 'education', 'health', 'welfare', 'justice',
  'security', 'defence', 'defense', 'finance', 'planning', 'transport', 'infrastructure', 'agriculture', 'fisheries',
  'forestry', 'housing', 'labour', 'labor', 'employment', 'communications', 'media', 'research', 'investment',
  'resources', 'mines', 'water', 'aviation', 'equality', 'integration', 'immigration', 'reconstruction']);

// Short forms of a state that open the name of its institution ("US Food and Drug Administration").
const STATE_OPENER = /^(?:US|U\.S\.|UK|U\.K\.|EU)$/;

// Titles that take "of" without making a body's name ("Secretary of State" is read as a title elsewhere).
const TITLE_LIKE = new Set(['secretary', 'minister', 'chief', 'head', 'director', 'president', 'governor', 'member', 'members', 'chair', 'chairman']);

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'bin', 'al', 'da', 'di', 'du', 'le', 'la', 'ibn', 'dos', 'del']);

// Does the lower-case or symbol token at r join the name before it to the name after it?
// "Bank of England", "Institute for Fiscal Studies", "Secretary of State", "Procter & Gamble", "Charles de Gaulle",
// and "and" inside an organisation's name ("Competition and Markets Authority", "Eli Lilly and Co"): only where the
// words after it end in an organisation head and the words before it do not (two bodies joined by "and" stay two).
export function isConnector(toks: Token[], r: number, knownName: (a: number, b: number) => boolean, runStart: number): boolean {
  const w = low(toks[r]);
  const prev = toks[r - 1];
  const next = toks[r + 1];
  if (w === '&') return isNameToken(next);
  // "the UN Interim Force in Lebanon", "the UN Verification Mission in Colombia": a known body's mission, force or
  // office takes the country it serves in into its name.
  // Where the name proper starts: after a word skipped before it ("The", a sentence-initial "Former").
  const nameStart = skippable(toks, runStart) ? runStart + 1 : runStart;
  if (w === 'in' && SERVES_IN_HEAD.test(prev?.text ?? '') && r - nameStart >= 2 && knownName(nameStart, nameStart + 1) && isNameToken(next)) return true;
  // "the Korean People's Army", "the Sudan People's Liberation Movement", "the People's Bank of China": "People's"
  // is never a possessive that ends a name, whatever stands before it (a state's demonym included).
  if (/^['’]s$/.test(w) && /^Peoples?$/.test(prev?.text ?? '') && isNameToken(next)) return true;
  // "The Alzheimer's Association", "McDonald's Corporation": an unknown single word's possessive before a body's head
  // is part of the body's name ("Britain's Competition and Markets Authority" keeps its state apart).
  if (/^['’]s$/.test(w) && (r - 1 === runStart || (r - 2 === runStart && skippable(toks, runStart))) && isNameToken(next) && headKind(next) !== null && !isNameToken(toks[r + 2]) && !knownName(runStart, r)) return true;
  // Longer names hold a possessive too ("the Prime Minister's Office", "the Federal Prosecutor's Office", "the Tigray
  // People's Liberation Front", "the European Automobile Manufacturers' Association"): a possessive of plain
  // capitalised words (no state or person named before it) followed by up to three words that end in a body's head.
  if (/^['’]s?$/.test(w) && (w.length === 2 || /s$/.test(prev?.text ?? '')) && r - nameStart <= 3 && !knownName(r - 1, r) && !(r - 2 >= nameStart && knownName(r - 2, r))) {
    let e = r + 1;
    while (e < toks.length && e - r <= 3 && isNameToken(toks[e])) e += 1;
    return e > r + 1 && headKind(toks[e - 1]) !== null && !isNameToken(toks[e]);
  }
  if (/^['’]s?$/.test(w)) return false;
  // "Joint Chiefs of Staff": "of" before a lone head word joins it to the capitalised words before it.
  if (w === 'of' && isNameToken(prev) && !TITLE_LIKE.has(low(prev)) && headKind(next) !== null && !isNameToken(toks[r + 2]) && low(toks[r + 2]) !== 'of' && !knownName(runStart, r)) return true;
  // "Banco Mercantil do Brasil", "Caixa Geral de Depósitos": a body named head first takes its "do"/"das" complement
  // ("do" is an English verb elsewhere, so only after such a head).
  // So does any body named head first in Spanish, Portuguese, Italian or French ("Ecologistas en Acción", "Pacto por el
  // Mar Menor", "Guardia di Finanza"): its function words, one or two in a row, before a capitalised word.
  if (ROMANCE_NAME_CONNECTORS.has(w) && LEADING_BODY_WORDS.has(low(toks[nameStart])) && !knownName(nameStart, nameStart + 1)
    && (isNameToken(next) || (ROMANCE_NAME_CONNECTORS.has(low(next)) && isNameToken(toks[r + 2])))
    && (isNameToken(prev) || (ROMANCE_NAME_CONNECTORS.has(low(prev)) && isNameToken(toks[r - 2])))) return true;
  // Particles come in pairs too ("Willem van der Velde", "Joaquín de la Peña").
  if (PARTICLES.has(w)) {
    return (isNameToken(next) || (PARTICLES.has(low(next)) && isNameToken(toks[r + 2])))
      && (isNameToken(prev) || (PARTICLES.has(low(prev)) && isNameToken(toks[r - 2])));
  }
  // "Court of Justice of the European Union", "Organization of American States", "Department of Health and Human
  // Services": once a body's head has taken an "of"/"for", its complement may have its own "of the", "of" and "and".
  const ofTaken = ofComplementStarted(toks, runStart, r);
  if ((w === 'of' || w === 'for') && low(next) === 'the' && isNameToken(toks[r + 2])) return headKind(prev) !== null || ofTaken;
  if (w === 'the') return ofTaken && (low(prev) === 'of' || low(prev) === 'for') && isNameToken(next);
  if (w === 'of' || w === 'for') return isNameToken(next) && (headKind(prev) !== null || low(prev) === 'secretary' || ofTaken);
  // "Working Group on Arbitrary Detention", "Intergovernmental Authority on Development": a body's remit after "on"
  // (never a day or a month: "the Senate on Tuesday").
  if (w === 'on') return isNameToken(next) && headKind(prev) !== null && !WEEKDAYS.has(low(next)) && !MONTHS.has(low(next));
  // The complement goes on past "and" when two or more words follow it ("… of Machinists and Aerospace Workers");
  // one word is more often a second body ("the Bank of England and Barclays").
  if (w === 'and' && ofTaken && isNameToken(next) && isNameToken(prev) && (isNameToken(toks[r + 2]) || ['of', 'for'].includes(low(toks[r + 2]))) && !knownName(r + 1, r + 3)) return true;
  // …and one word when the body's acronym follows in parentheses ("Centres for Disease Control and Prevention (CDC)").
  if (w === 'and' && ofTaken && isNameToken(next) && isNameToken(prev) && toks[r + 2]?.text === '(') return true;
  // …and one word when it is a government portfolio ("Department of Foreign Affairs and Trade", "Ministry of Trade and
  // Industry").
  if (w === 'and' && ofTaken && PORTFOLIOS.has(low(next)) && isNameToken(prev)) return true;
  // …and a comma list of them that "and" closes ("Ministry of Land, Infrastructure and Transport").
  if (w === ',' && ofTaken && PORTFOLIOS.has(low(prev)) && portfolioListCloses(toks, r + 1)) return true;
  // A ministry's or department's remit is a list of single words whatever they are ("Ministry of Economy, Trade and
  // Industry", "Ministry of Ports, Shipping and Waterways"): one word after each comma, the list closed by "and" and
  // one word, and nothing capitalised after it (a list of bodies has names of more than one word or a legal end).
  if ((w === ',' || w === 'and') && remitOpen(toks, runStart, r) && isNameToken(prev) && remitListCloses(toks, w === ',' ? r + 1 : r - 1, knownName)) return true;
  // A known name with "and" inside ("Bosnia and Herzegovina", "Trinidad and Tobago") stays whole.
  // (knownName(a, b) is any known name from a ending by b: only one that needs all three words counts here.)
  if (w === 'and' && knownName(r - 1, r + 2) && !knownName(r - 1, r + 1)) return true;
  if (w !== 'and' || !isNameToken(next) || !isNameToken(prev) || LEGAL_ENDS.has(low(prev))) return false;
  let e = r + 1;
  while (e < toks.length && (isNameToken(toks[e]) || (['of', 'for', '&'].includes(low(toks[e])) && isNameToken(toks[e + 1])))) e += 1;
  // "Geely, Leapmotor and Great Wall Motor": after a comma that follows a name, "and" ends a list of names.
  const listed = toks[runStart - 1]?.text === ',' && isNameToken(toks[runStart - 2]);
  // A known name right before "and" ("Macron and Finance Ministry", "South Korea and …") makes two; a state that only
  // opens the body's name ("US Food and Drug Administration") does not.
  const knownBefore = knownName(r - 1, r) || (r - 2 >= runStart && knownName(r - 2, r) && !knownName(r - 2, r - 1))
    || (knownName(runStart, r) && !STATE_OPENER.test(toks[runStart]?.text ?? ''));
  // The head may stand before a complement ("Medical and Dental Council of Nigeria").
  return (headKind(toks[e - 1]) !== null || ofHeadKind(toks, r + 1, e) !== null) && !knownBefore && !listed;
}

const REMIT_HEADS = new Set(['ministry', 'department', 'ministries', 'secretariat']);

// Is the run a ministry's "of" complement of single words so far ("Ministry of Economy", "Ministry of Ports, Shipping")?
function remitOpen(toks: Token[], runStart: number, r: number): boolean {
  for (let j = runStart + 1; j < r; j += 1) {
    if (low(toks[j]) !== 'of' || !REMIT_HEADS.has(low(toks[j - 1]))) continue;
    for (let k = j + 1; k < r; k += 2) {
      if (!isNameToken(toks[k]) || (k + 1 < r && toks[k + 1]?.text !== ',')) return false;
    }
    return true;
  }
  return false;
}

// From the word after a comma (or the word before "and"): single words joined by commas, then "and" and one word
// with no name after it.
function remitListCloses(toks: Token[], from: number, knownName: (a: number, b: number) => boolean): boolean {
  let j = from;
  while (isNameToken(toks[j]) && toks[j + 1]?.text === ',') j += 2;
  return isNameToken(toks[j]) && low(toks[j + 1]) === 'and' && isNameToken(toks[j + 2]) && !isNameToken(toks[j + 3])
    && !LEGAL_ENDS.has(low(toks[j + 2])) && !knownName(j + 2, j + 3) && !knownName(j, j + 1);
}

function portfolioListCloses(toks: Token[], from: number): boolean {
  let j = from;
  while (PORTFOLIOS.has(low(toks[j])) && toks[j + 1]?.text === ',') j += 2;
  return PORTFOLIOS.has(low(toks[j])) && low(toks[j + 1]) === 'and' && PORTFOLIOS.has(low(toks[j + 2]));
}

// Has the run from runStart to r already joined a body's head to its "of"/"for" complement?
// The words that open a body's complement after its head: "Bank of England", "Institute for Fiscal Studies",
// "Working Group on Arbitrary Detention".
const COMPLEMENT_WORDS = new Set(['of', 'for', 'on']);

function ofComplementStarted(toks: Token[], runStart: number, r: number): boolean {
  for (let j = runStart + 1; j < r; j += 1) {
    if (COMPLEMENT_WORDS.has(low(toks[j])) && headKind(toks[j - 1]) !== null) return true;
  }
  return false;
}

// The kind of "<head> of/for …" inside a run ("Bank of England", "Ministry of Defence"), or null.
export function ofHeadKind(toks: Token[], p: number, r: number): { kind: BodyKind; complement: number } | null {
  for (let j = p + 1; j < r - 1; j += 1) {
    const kind = headKind(toks[j - 1]);
    if (kind && COMPLEMENT_WORDS.has(low(toks[j]))) return { kind, complement: j + 1 };
  }
  return null;
}

// An unknown name of several words is a person unless its context says it is a body: listed among companies
// ("partners such as Blue Origin"), introduced as one ("its rival X", "parent company X"), or followed by what only a
// body has (", which …", "'s shares", ", the … company").
const LISTED_AMONG = /\b(?:companies|firms|partners|rivals|competitors|groups|brands|makers|carriers|lenders|banks|startups|suppliers|customers|clients|operators|broadcasters|outlets|insurers|retailers|airlines|teams|clubs|unions|charities|agencies|providers|manufacturers|producers|developers|platforms|automakers|carmakers|chipmakers|miners|exchanges|funds|institutions|organi[sz]ations|ngos|sponsors)\b[^.;]{0,25}?\b(?:such as|including|like)\s+(?:[^,.;]{1,40}?(?:,|\band)\s+){0,3}$/i;
const INTRODUCED_AS = /(?:\S+-(?:based|listed|headquartered|registered)|\b(?:venture|company|firm|startup|start-up|unit|subsidiary|party|movement|coalition|alliance|consortium|fund|group) (?:called|named|dubbed)|\b(?:chipmakers|carmakers|automakers|drugmakers|rivals|lenders|banks|airlines|companies|firms|insurers|retailers|miners|brokers|exchanges|startups|partners)(?:\s+\p{Lu}[\p{L}&.-]*\s+(?:and|or))?|\b(?:(?:shares|stake|investment|investors?) (?:in|of)|(?:led|leads|founded|sued|owns|acquired|bought|signed for|played for|plays for|works for|worked for|customers of|clients of)|rival|competitor|partner|supplier|customer|client|subsidiary|unit|owner|parent|firm|company|startup|maker|carrier|lender|retailer|broadcaster|outlet|insurer|airline|charity|union|club|conglomerate|operator|regulator|watchdog|consultancy|think tank|law firm|shipping line))\s+$/iu;
// ", the main party of …": the noun right after the article and its adjectives ("the candidate of a party" is a person).
const BODY_AFTER = /^(?:\s*,\s+(?:the|a|an)\s+(?:(?!of\b|for\b)[a-z-]+\s+){0,2}(?:party|consultancy|newspaper)\b|\s+(?:unit|subsidiary|shares|stock|share price|board|executives|headquarters|spokes\w+|website|movement|party|alliance|coalition|militia|consortium|bloc)\b|\s*,\s*which\b|['’]s?\s+(?:shares|stock|board|revenue|profit|sales|headquarters|subsidiary|unit|website|statement|spokes\w+|parent|owner|chief executive|shareholders|(?:[a-z-]+\s+){1,3}officer)\b|\s+(?:shares|stock)\b|\s*,\s+(?:the|a|an)\s+[^,]{0,40}\b(?:company|firm|group|maker|carrier|lender|broadcaster|retailer|operator|startup|conglomerate|union|club|charity|agency|regulator|watchdog|organi[sz]ation)\b(?!['’])(?!\s+(?:said|says|told|added|reported|announced|confirmed|estimated)\b))/i;

export function bodyContext(before: string, after: string): boolean {
  return LISTED_AMONG.test(before) || INTRODUCED_AS.test(before) || BODY_AFTER.test(after);
}
