// What the words right around an unknown capitalised name say it is when nothing else does: a thing (a product, a
// rocket, a drug, an exercise: "the Blue Ring spacecraft", "its ESCAPADE mission", "the 737 MAX"), a place ("the
// High Atlas mountains", "in Al Haouz province", "in Tel Aviv"), or the title of something ("named "So You're
// Telling Me There's a Chance""). None of these is an actor a careful reader lists. Pure functions over the text.

// Common nouns that, right after a name, make it the name of a thing.
// Singular only: a plural after a name is usually its maker's wares ("Nvidia chips", "Boeing jets").
const THING_NOUNS = 'rocket|spacecraft|satellite|capsule|booster|probe|lander|rover|telescope|drug|treatment|vaccine|'
  + 'therapy|exercises?|drills|mission|platform|airliner|smartphone|programme|program|project|operation|software|'
  + 'series|scheme|initiative|variant|storm|hurricane|typhoon|cyclone|'
  + 'earthquake|quake|wildfire|spaceport|launchpad|index';
const THING_AFTER = new RegExp(`^\\s+(?:[a-z]+-)?(?:${THING_NOUNS}|summit|conference|forum|tournament|championship)\\b(?!['’])`);
// The same nouns right before a name, with "the/a" and up to two modifiers: the name is the thing's ("the oil tanker
// Eagle S", "the banned blood booster EPO", "Super Typhoon Ragasa" is below).
const THING_BEFORE = /\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}(?:tanker|vessel|freighter|ship|booster|drug|vaccine|rocket|satellite|spacecraft|missile|substance|steroid|stimulant|pill|medicine)\s+$/;
// A storm's name comes after its category ("Typhoon Ragasa", "Super Typhoon Ragasa", "Tropical Storm Alberto").
export const STORM_NAME = /^(?:(?:Super|Tropical|Severe Tropical)\s+)?(?:Typhoon|Hurricane|Cyclone|Storm)\s/;
// "an ICBM", "a UAV": an acronym after the indefinite article abbreviates a common noun ("a CDU lawmaker" only
// describes the lawmaker: the party is an actor where the text names it otherwise).
export const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an)\s+$/iu;
// Place nouns after a name: the name is a place's ("Al Haouz province", "the High Atlas mountains").
const PLACE_AFTER = /^\s+(?:province|region|district|county|prefecture|oblast|governorate|municipality|state|valley|mountains|hills|desert|coast|peninsula|island|islands|river|lake|sea|bay|gulf|strait|canal|basin|plateau|delta|neighbou?rhood|suburb|village|town|city)\b(?!['’])/;
// "named", "called", "dubbed" before an opening quote: what follows is a title.
const NAMED_AS_TITLE = /\b(?:named|called|dubbed|titled|entitled|nicknamed|code-?named|branded)\s*,?\s*["“‘][^"”’]*$/;
// A number right before ("the 737 MAX", "Falcon 9" is after): a model name.
const MODEL_NUMBER = /\b\d[\d-]*\s+$/;
// A locative preposition right before (and no employer cue): a place ("in Tel Aviv", "at Cape Canaveral …").
// "aimed at", "based at" are no place cues, but arriving and gathering are ("landed at Kelly Field", "rallied at X").
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|near|outside|inside|across|throughout|around|towards?|(?<!\b[a-z]+ed\s)at|(?:landed|arrived|docked|rallied|gathered|assembled|touched down|calls?) at)\s+(?:the\s+)?$/u;

// Made or sold by someone ("Leqembi, developed by Eisai"), or followed by a number ("Launch Complex 36"; not a score).
const MADE_BY = /^,?\s+(?:developed|made|produced|built|designed|sold|marketed|manufactured|operated|owned) by\b/;
const NUMBER_AFTER = /^\s+\d+\b(?![-–]\d)/;


// An outlet's type noun right before a name ("the business daily Dagens Næringsliv", "broadcaster Sport1").
// So does "carried by the …" after a statement or a report ("a statement carried by the Rodong Sinmun").
export const OUTLET_BEFORE = /\b(?:broadcaster|newspaper|daily|weekly|tabloid|channel|news agency|news site|magazine|outlet|radio station|network|(?:statement|report|commentary|editorial|article)s?\s+carried\s+by\s+(?:the\s+)?)\s*$/;
// A parenthesised acronym right after a name ("Military Emergencies Unit (UME)"): a body's, never a person's.
export const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})\)/u;

// Where a post or a message appeared ("in a post on Truth Social", "wrote on X"): a platform, not an actor.
const PLATFORM_BEFORE = /\b(?:posts?|posted|wrote|written|message|video|statement|livestream|broadcast)\s+on\s+$/;
// Geographic prefixes ("Mount Lewotobi", "Lake Chad", "Cape Canaveral") and "the island of X".
// Not "Rio", "Gulf", "Sierra", "Monte": they start as many bodies' names (Rio Tinto, Gulf Air, Sierra Club).
const PLACE_PREFIX = /^(?:Mount|Mt\.?|Lake|Cape|Bay|Isle|River|Port|Fort)$/;
const PLACE_OF_BEFORE = /\b(?:island|islands|city|town|village|province|region|state|port|district|county|prefecture|municipality|regions?) of\s+$/;
// A landform's name that takes "of" ("the Cape of Good Hope", "the Gulf of Aden", "the Strait of Hormuz"): what follows
// is the rest of a place's name.
const LANDFORM_OF_BEFORE = /\b(?:Cape|Gulf|Bay|Straits?|Sea|Isle|Horn|Isthmus) of\s+(?:the\s+)?$/;

export function thingName(before: string, after: string): boolean {
  return THING_AFTER.test(after) || THING_BEFORE.test(before) || NAMED_AS_TITLE.test(before) || MODEL_NUMBER.test(before) || MADE_BY.test(after)
    || NUMBER_AFTER.test(after) || PLATFORM_BEFORE.test(before);
}

// `firstWord`: the name's first word ("Mount").
export function placeName(before: string, after: string, firstWord = ''): boolean {
  return PLACE_AFTER.test(after) || PLACE_PREFIX.test(firstWord) || PLACE_OF_BEFORE.test(before) || LANDFORM_OF_BEFORE.test(before)
    || (LOCATIVE_BEFORE.test(before) && !/^['’]s?\b/.test(after));
}
