// Word lists the rules share. Lower-case unless noted; matched case-insensitively where used.

// Capitalised words that start sentences or headlines but never begin a name.
export const NOT_NAME_START = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'by', 'for', 'from', 'to', 'with', 'after', 'before', 'earlier', 'later',
  'also', 'but', 'and', 'or', 'however', 'meanwhile', 'still', 'yet', 'this', 'that', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'you', 'according', 'while', 'when',
  'as', 'if', 'since', 'last', 'next', 'some', 'many', 'several', 'analysts', 'officials', 'investors', 'critics',
  'experts', 'residents', 'shares', 'under', 'over', 'during', 'despite', 'although', 'though', 'separately', 'asked',
  'speaking', 'there', 'here', 'what', 'who', 'why', 'how', 'all', 'both', 'each', 'no', 'not', 'one', 'two', 'three',
  'instead', 'now', 'then', 'so', 'thus', 'further', 'elsewhere', 'overall', 'among', 'about', 'around', 'until',
  'between', 'against', 'without', 'within', 'because', 'unlike', 'like', 'more', 'most', 'only', 'even', 'just',
  'police', 'troops', 'workers', 'protesters', 'voters', 'lawmakers', 'scientists', 'researchers', 'fans', 'sources',
  // More of the people news quotes in the plural, opening a sentence ("Diplomats said", "Witnesses described").
  'diplomats', 'negotiators', 'activists', 'witnesses', 'doctors', 'rescuers', 'campaigners', 'traders', 'economists',
  'investigators', 'prosecutors', 'villagers', 'soldiers', 'rebels', 'militants', 'gunmen', 'bookmakers', 'pilots',
  'passengers', 'farmers', 'shareholders', 'observers', 'organisers', 'organizers', 'authorities',
  'rival', 'former', 'rivals', 'opposition', 'republican', 'democratic', 'conservative', 'labour', 'liberal',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  // Counts of people and a title's tense opening a sentence ("Thousands rallied", "Outgoing President X").
  'thousands', 'hundreds', 'dozens', 'millions', 'scores', 'outgoing', 'incoming', 'acting', 'interim',
]);
// Of those, the words that are never part of a name even when capitalised inside a sentence (a Title Case headline).
// The others ("All", "Three", "Labour", "Rival") are skipped only where a sentence starts: inside a sentence a capital
// makes them part of a name ("the All England Club", "the Labour Party").
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'by', 'for', 'from', 'to', 'with', 'after', 'before', 'and', 'or', 'but', 'of',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'as',
  'if', 'over', 'under', 'during', 'despite', 'about', 'against', 'between', 'into', 'amid', 'says', 'said',
]);
// Regnal numerals after a monarch's or pope's name ("King Charles III", "Pope Leo XIV"): part of the person's name.
export const REGNAL_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;
// Titles that make the following name a monarch's, pope's or prince's: the numeral after it belongs to the name.
export const SOVEREIGN_TITLES = new Set(['king', 'queen', 'pope', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'crown']);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
]);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Titles written as one word that English news puts before a name, and are roles too.
const HYPHENATED_AND_NATIONAL_TITLES = ['secretary-general', 'director-general', 'attorney-general', 'solicitor-general',
  'inspector-general', 'president-elect', 'vice-president', 'vice-chancellor', 'co-founder', 'cofounder', 'taoiseach',
  'tanaiste', 'tánaiste', 'chairperson', 'commissioner', 'premier', 'archbishop', 'bishop', 'cardinal', 'sheikh',
  'lieutenant', 'sergeant', 'prosecutor', 'superintendent', 'inspector', 'detective', 'marshal', 'brigadier'];

// Titles before a person's name: the person's role, and proof that the name is a person.
export const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'secretary', 'chancellor', 'ceo', 'chief', 'executive', 'officer', 'chairman',
  'chairwoman', 'chair', 'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'senator', 'sen.', 'rep.',
  'representative', 'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice',
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'professor', 'prof.', 'coach', 'captain', 'manager', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'commander', 'leader', 'dictator', 'founder', 'analyst',
  'economist', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'defense', 'defence', 'foreign', 'finance',
  'interior', 'trade', 'state', 'vice', 'deputy', 'senior', 'former', 'acting', 'opposition', 'party', 'union',
  'head', 'official', 'lawmaker', 'scientist', 'researcher', 'lead', 'author', 'astronaut', 'player', 'champion',
  // "Attorney General", "Solicitor General", "Surgeon General": a title even in two words.
  'attorney', 'solicitor', 'surgeon',
  // Common titles of office before a name ("Treasurer Rita Saffioti", "Commissioner Jane Doe", "Lieutenant X").
  'treasurer', 'commissioner', 'lieutenant', 'sergeant', 'inspector', 'superintendent', 'ombudsman', 'prosecutor', 'archbishop',
  // Ranks as British and Commonwealth style writes them, without a full stop ("Col Gaspard X", "Maj Gen X"), and
  // judicial offices ("Magistrate Lucy X").
  'col', 'gen', 'maj', 'lt', 'capt', 'brig', 'cpl', 'sgt', 'cdr', 'magistrate',
  // Occupations written as a title before a name ("Lawyer Serkan X", "Prof Ngozi X", "Associate Justice X").
  'prof', 'associate', 'lawyer', 'activist', 'journalist', 'historian', 'businessman', 'businesswoman',
  'epidemiologist', 'virologist', 'novelist', 'priest', 'pastor', 'cleric',
  // Offices of a legislature, a city or a university written before a name ("Legislator Wang X", "Rector X").
  'legislator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councillor', 'councilor', 'alderman', 'rector',
  'counterpart', 'majority', 'minority', 'whip', 'speaker', 'administrator', 'affairs', 'emperor', 'empress', 'sultan', 'emir', 'crown', 'economy', 'energy', 'health', 'justice', 'labour', 'labor', 'security', 'national', 'white', 'house',
  // Hyphenated and national titles ("UN Secretary-General António Guterres", "Taoiseach Simon Harris").
  ...HYPHENATED_AND_NATIONAL_TITLES,
]);
// Honorifics: proof of a person, but no role ("Mr Ishiba").
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady']);
// The word that ends a role phrase ("defense minister", "chief executive").
export const ROLE_NOUNS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'ceo', 'executive', 'officer', 'chairman', 'chairwoman',
  'general', 'admiral', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'judge', 'coach', 'captain',
  'manager', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'commander', 'leader',
  'dictator', 'founder', 'analyst', 'economist', 'striker', 'midfielder', 'goalkeeper', 'official', 'lawmaker',
  'scientist', 'researcher', 'author', 'astronaut', 'player', 'champion', 'chief', 'head', 'counterpart', 'premier',
  'administrator', 'chair', 'speaker', 'whip', 'treasurer', 'commissioner', 'prosecutor', 'ombudsman', 'inspector',
  'legislator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councillor', 'councilor', 'alderman', 'rector',
  // Abbreviated offices after a place ("Kagoshima Gov. X", "Texas Sen. X"): the place is the office's remit.
  'gov.', 'sen.', 'rep.',
  ...HYPHENATED_AND_NATIONAL_TITLES,
]);

// Last word of an organisation / military / media name.
export const ORG_HEADS = new Set([
  'corp.', 'corp', 'corporation', 'inc.', 'inc', 'ltd', 'ltd.', 'plc', 'llc', 'co.', 'company', 'group', 'bank',
  'ministry', 'agency', 'service', 'council', 'commission', 'party', 'university', 'institute', 'association', 'union',
  'international', // "Amnesty International", "Oil Change International": a body's last word, never a person's
  'committee', 'court', 'parliament', 'congress', 'senate', 'fund', 'organization', 'organisation', 'airlines',
  'airways', 'motors', 'technologies', 'holdings', 'industries', 'systems', 'labs', 'laboratories', 'department',
  'office', 'foundation', 'board', 'authority', 'bureau', 'federation', 'league', 'club', 'fc', 'exchange', 'assembly',
  'cabinet', 'government', 'administration', 'police', 'pharmaceuticals', 'energy', 'electronics', 'partners',
  'capital', 'ventures', 'network', 'networks', 'society', 'center', 'centre', 'alliance', 'coalition', 'federation',
  'house', 'reserve', 'nations', 'programme', 'program', 'consortium', 'automotive', 'robotics', 'mining', 'oil',
  'confederation', 'chamber', 'devices', 'semiconductor', 'motor', 'petroleum', 'telecom', 'communications', 'media', 'entertainment', 'brands', 'foods', 'insurance', 'securities', 'investments', 'industry', 'studies', 'sachs', 'laboratory',
  // A palace, a street or a house that speaks is the institution it houses ("Buckingham Palace said", "Downing
  // Street said"; "in Downing Street" is a place, PLACE_LIKE_HEADS).
  'palace', 'street', 'co', 'trust', 'bancorp', 'financial', 'pharma', 'therapeutics', 'biotech', 'aerospace', 'airline',
  'tribunal', 'secretariat', 'directorate', 'inspectorate', 'regulator', 'ombudsman', 'charity', 'church',
  // A hospital or a clinic speaks as a body; named only as where people are taken it is a place (venues-as-places.ts).
  'hospital', 'clinic', 'infirmary',
  // "Superintendence of Public Services", "Kenya's Treasury", "Thales Alenia Space".
  'superintendence', 'treasury', 'space',
  'services', 'markets', 'technology', 'societies', 'associations', 'unions', 'councils', 'commissions', 'agencies', 'ministries',
  // Research and ratings firms, surveys, and parties named by their members ("Capital Economics", "S&P Global
  // Ratings", "US Geological Survey", "the Social Democrats").
  'economics', 'ratings', 'research', 'consulting', 'consultancy', 'analytics', 'advisors', 'advisers', 'associates',
  'survey', 'democrats', 'republicans', 'greens', 'socialists', 'liberals', 'conservatives',
  // Company legal forms outside the English-speaking world ("Merck KGaA", "Siemens AG", "Airbus SE", "Stellantis N.V.").
  // Movements and liberation fronts ("Tigray People's Liberation Front", "Polisario Front"), health agencies named
  // in the plural ("Africa Centres for Disease Control and Prevention").
  'front', 'centres', 'centers',
  // Opposition alliances and observatories ("Unitary Democratic Platform", "European Southern Observatory").
  'platform', 'observatory',
  'ag', 'gmbh', 'kgaa', 'se', 'nv', 'n.v.', 'sa', 's.a.', 'spa', 's.p.a.', 'ab', 'asa', 'oyj', 'bv', 'b.v.', 'pty', 'bhd', 'tbk', 'srl',
]);
// First words of a body's name in other languages, where the head comes first ("Banco Inter", "Grupo Bimbo",
// "Compagnie de Saint-Gobain", "Instituto Butantan"): a name that opens with one is never a person's.
export const LEADING_BODY_WORDS = new Set(['banco', 'banca', 'banque', 'bank', 'grupo', 'groupe', 'gruppo', 'compañía', 'companhia',
  'compagnie', 'compania', 'instituto', 'institut', 'istituto', 'universidad', 'universidade', 'università', 'université', 'fundación',
  'fundação', 'fondation', 'fondazione', 'sociedad', 'société', 'empresa', 'empresas', 'caja', 'caixa', 'cassa', 'petróleos',
  // Spanish, Portuguese, Italian and French public and civic bodies, named head first ("Guardia di Finanza",
  // "Ecologistas en Acción", "Agencia Española de Protección de Datos", "Ministério da Saúde").
  'guardia', 'ministerio', 'ministério', 'ministero', 'ministère', 'consejo', 'conseil', 'consiglio', 'conselho', 'partido',
  'partito', 'movimiento', 'mouvement', 'movimento', 'sindicato', 'syndicat', 'confederación', 'confédération', 'federación',
  'fédération', 'asociación', 'associação', 'associazione', 'agencia', 'agence', 'agenzia', 'agência', 'comisión', 'commissione',
  'comissão', 'fiscalía', 'procura', 'procuradoria', 'policía', 'polizia', 'polícia', 'gendarmerie', 'gobierno', 'governo',
  'gouvernement', 'congreso', 'senado', 'senato', 'sénat', 'cámara', 'câmara', 'assemblée', 'asamblea', 'assemblea',
  'defensoría', 'secretaría', 'secretaria', 'dirección', 'direção', 'direzione', 'autoridad', 'autorité', 'autorità',
  'ecologistas', 'colectivo', 'coordinadora', 'plataforma', 'comité', 'comitato', 'observatorio', 'tribunale', 'tribunal',
  'corte', 'cour', 'supremo', 'superior', 'frente', 'unión', 'união', 'pacto']);
// Function words inside such a name ("en", "por el", "di", "de la"): they join it only after one of those words.
export const ROMANCE_NAME_CONNECTORS = new Set(['de', 'del', 'della', 'delle', 'degli', 'di', 'do', 'da', 'dos', 'das', 'des',
  'du', 'en', 'por', 'para', 'pela', 'pelo', 'el', 'la', 'los', 'las', 'le', 'les', 'al', 'y', 'et', 'per', 'na', 'nel',
  'nella', 'sul', 'sulla', 'contra', 'con', 'sin', 'à']);
// A known body's presence in a country ("UN Interim Force in Lebanon", "UN Verification Mission in Colombia"): the
// country after "in" belongs to the name (name-words.ts joins it, known-name-runs.ts types the body).
export const SERVES_IN_HEAD = /^(?:Mission|Force|Office|Operation)$/;
// Heads that name a building or ground as often as the body in it: after "on/in/at" ("on Centre Court", "in Downing
// Street", "at the White House") they are places, not actors.
export const PLACE_LIKE_HEADS = new Set(['court', 'palace', 'house', 'hall', 'square', 'street', 'stadium', 'arena', 'park', 'centre', 'center']);
export const MILITARY_HEADS = new Set([
  'navy', 'army', 'command', 'forces', 'force', 'marines', 'corps', 'fleet', 'brigade', 'division', 'regiment',
  'guard', 'guards', 'military', 'battalion', 'squadron', 'staff', 'troops',
]);
export const MEDIA_HEADS = new Set(['times', 'post', 'news', 'journal', 'herald', 'telegraph', 'guardian', 'tribune',
  'gazette', 'press', 'broadcasting', 'television', 'radio', 'magazine', 'wire', 'tv', 'broadcaster', 'newspaper',
  // Dailies named so in English and in other languages ("People's Daily", "Yomiuri Shimbun", "Rodong Sinmun",
  // "Chosun Ilbo", "Süddeutsche Zeitung").
  'daily', 'shimbun', 'sinmun', 'ilbo', 'zeitung']);
// First words of a broadcaster's or a paper's name, where the head comes first ("Radio Mitre", "Radiodiffusion
// Télévision Sénégalaise", "Diario Libre"): a name that opens with one is a medium, never a person.
// Competitions named head first ("Copa Libertadores", "Coupe de France", "Giro d'Italia"): never an actor.
export const LEADING_COMPETITION_WORDS = new Set(['copa', 'coupe', 'coppa', 'taça', 'giro', 'vuelta']);
// Kyrgyz, Kazakh, Azerbaijani and Uzbek patronymics written after the name in lower case ("Bakyt Almazbek uulu").
export const PATRONYMIC_SUFFIXES = new Set(['uulu', 'kyzy', 'ogly', 'oglu', 'qizi', 'uly']);
export const LEADING_MEDIA_WORDS = new Set(['radio', 'rádio', 'radiodiffusion', 'télévision', 'televisión', 'televisão',
  'diario', 'diário', 'journal', 'daily']);
export const SHIP_PREFIXES: Record<string, string> = { USS: 'United States', HMS: 'United Kingdom', INS: 'India' };

// Lower-case institutions that a state can own ("Seoul's intelligence service", "South Korean intelligence
// officials"): the key is the head phrase, the value the canonical institution name and its kind.
export const STATE_INSTITUTIONS: Array<{ pattern: RegExp; name: string; kind: 'organization' | 'military' }> = [
  { pattern: /^intelligence (?:service|agency|officials?|sources)/i, name: 'Intelligence Service', kind: 'organization' },
  { pattern: /^(defen[cs]e) ministry/i, name: 'Defense Ministry', kind: 'organization' },
  { pattern: /^(foreign) ministry/i, name: 'Foreign Ministry', kind: 'organization' },
  { pattern: /^(finance) ministry/i, name: 'Finance Ministry', kind: 'organization' },
  { pattern: /^(trade) ministry/i, name: 'Trade Ministry', kind: 'organization' },
  { pattern: /^(unification) ministry/i, name: 'Unification Ministry', kind: 'organization' },
  { pattern: /^(interior) ministry/i, name: 'Interior Ministry', kind: 'organization' },
  { pattern: /^(central bank)/i, name: 'Central Bank', kind: 'organization' },
  { pattern: /^(navy)\b/i, name: 'Navy', kind: 'military' },
  { pattern: /^(army)\b/i, name: 'Army', kind: 'military' },
  { pattern: /^(air force)\b/i, name: 'Air Force', kind: 'military' },
  // Not "the military government" or "its military leader": the state's rulers, not its armed forces.
  { pattern: /^(?:military|armed forces)\b(?!\s+(?:government|junta|regime|rulers?|leaders?|leadership|authorities))/i, name: 'Military', kind: 'military' },
  { pattern: /^(joint chiefs of staff)\b/i, name: 'Joint Chiefs of Staff', kind: 'military' },
  { pattern: /^(coast guard)\b/i, name: 'Coast Guard', kind: 'organization' },
  // Any other ministry ("the Palestinian health ministry"): "$1" is the word before "ministry", capitalised.
  { pattern: /^([a-z]+) ministry\b/i, name: '$1 Ministry', kind: 'organization' },
  // The American naming of the same thing ("the US state department", "the U.S. commerce department").
  { pattern: /^([a-z]+) department\b/i, name: '$1 Department', kind: 'organization' },
];

// A state's service before one of its things ("a Malian army drone", "a Venezuelan navy patrol boat", "its military
// presence") describes the thing; the service does nothing in the sentence.
export const SERVICE_THING_AFTER = /^(?:['’]s)?\s+(?:patrol\s+)?(?:drones?|boats?|vessels?|ships?|aircraft|jets?|helicopters?|planes?|team|presence|bases?|convoys?|trucks?|vehicles?|tanks?|hardware|equipment|spending|budget|uniforms?|buildup|build-up|intelligence|aid|assistance|media wing|(?:[a-z]+\s+)?(?:unit|wing))\b/;

// Bodies that a country's name opens without making them its government's ("China Association of Automobile
// Manufacturers", "British Chamber of Commerce"): the whole name is the body's, not a state's institution.
export const CIVIL_HEADS = new Set(['association', 'associations', 'federation', 'confederation', 'chamber', 'society', 'academy', 'foundation', 'institute']);
// A demonym before a currency names the money, not the state ("the Swiss franc", "the Japanese yen").
export const CURRENCY_AFTER = /^\s+(?:francs?|dollars?|yen|euros?|pounds?|sterling|rupees?|yuan|renminbi|won|pesos?|roubles?|rubles?|lira|krona|krone|rand|real|ringgit|baht|dong|shekels?|dinars?|riyals?|dirhams?)\b/;

// Named things that are not actors: competitions, prizes, laws, missions.
export const NON_ACTOR_HEADS = new Set(['cup', 'trophy', 'prize', 'award', 'awards', 'games', 'olympics', 'championship',
  'championships', 'open', 'act', 'bill', 'treaty', 'plan', 'mission', 'summit', 'conference', 'festival', 'index',
  // places by their landform ("Fuga Island", "the Mekong River"), weapons ("Naval Strike Missile"), documents ("the
  // Glasgow Statement") and shops ("the App Store") are named like actors and are none.
  'island', 'islands', 'river', 'lake', 'mountains', 'strait', 'peninsula', 'valley', 'desert', 'missile', 'missiles',
  'rocket', 'rockets', 'drone', 'drones', 'statement', 'declaration', 'accord', 'accords', 'protocol', 'doctrine', 'store',
  // seas and the places ships and planes arrive at ("the Persian Gulf", "Simón Bolívar International Airport")
  'sea', 'ocean', 'gulf', 'bay', 'canal', 'airport', 'airfield', 'airbase',
  // streets, structures and instruments named like bodies ("Rustaveli Avenue", "the Grand Ethiopian Renaissance Dam",
  // "the Third Mainland Bridge", "the Very Large Telescope"); the body that runs one is named apart
  'avenue', 'boulevard', 'bridge', 'dam', 'plaza', 'shoal', 'highway', 'motorway', 'reservoir', 'telescope',
  // rules and schemes ("the General Data Protection Regulation", "the G20's Common Framework")
  'regulation', 'regulations', 'directive', 'framework',
  // a member of a party described by the place they sit for ("Sen. X, an Ohio Republican"): a description of the
  // person, never a body (the party, in the plural or with its head word, is "the Republicans", "Republican Party")
  'republican', 'democrat']);
// "analysts at Goldman Sachs": the name after these is an employer.
export const WORKS_AT = /\b(?:analysts?|economists?|executives?|researchers?|strategists?|engineers?|scientists?|director|manager|partner|professor|officials?|employees?|workers?|head of [a-z ]{0,40}research|head of research|chief [a-z]+) at\s*$/i;
// Party labels before titles ("Republican Senator J.D. Vance") qualify the person; they are not names.
export const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'conservative', 'labour', 'liberal', 'green', 'opposition']);

export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'of']);

// Verbs that introduce speech; the subject before (or the name after, "said Noh") is the speaker.
export const SPEECH_VERBS = new Set([
  // Not "states" alone: "Member states agreed" (the verb is "states that", in speakers.ts).
  'said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'claimed', 'claims', 'stated', 'added', 'adds',
  'warned', 'warns', 'argued', 'argues', 'insisted', 'insists', 'announced', 'announces', 'confirmed', 'confirms',
  'denied', 'denies', 'explained', 'explains', 'wrote', 'writes', 'tweeted', 'posted', 'urged', 'urges',
  'acknowledged', 'admitted', 'predicted', 'predicts', 'estimated', 'cautioned', 'countered', 'responded', 'replied',
  'commented', 'declared', 'declares', 'suggested', 'stressed', 'emphasised', 'emphasized', 'maintained', 'alleged',
  'asserted', 'reiterated', 'pledged', 'promised', 'vowed', 'conceded', 'revealed', 'disclosed', 'forecast', 'estimates',
]);

// Acronyms of things, measures and kinds that news writes in capitals but that name no actor ("3.5% of GDP", "an
// HIV prevention shot", "the legal NGO", "Dutch TTF futures"): never a candidate actor by themselves.
export const COMMON_ACRONYMS = new Set(['GDP', 'GNP', 'GDPR', 'HIV', 'AIDS', 'NGO', 'NGOs', 'CEO', 'CEOs', 'CFO', 'COO', 'CTO',
  'LNG', 'LPG', 'EV', 'EVs', 'AI', 'IPO', 'IPOs', 'ETF', 'ETFs', 'VAT', 'CPI', 'PPI', 'PMI', 'FDI', 'ICBM', 'ICBMs', 'SUV', 'SUVs',
  'DNA', 'RNA', 'COVID', 'ESG', 'GMT', 'UTC', 'TTF', 'OTC', 'API', 'PPE', 'MW', 'GW', 'KW', 'TWh', 'GWh', 'MWh', 'bpd', 'R&D',
  'M&A', 'CO2', 'UAV', 'UAVs', 'MP', 'MPs', 'MEP', 'MEPs', 'PhD', 'TV', 'GPS', 'SMS', 'URL', 'USB', 'PC', 'PCs', 'IT', 'VPN',
  'ID', 'IDs', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YoY', 'EBITDA', 'P&L', 'GHG', 'PM2.5', 'FX']);
