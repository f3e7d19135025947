// The alias index the mention finder looks names up in: countries (from the world-countries package: common name,
// Latin alternative spellings, demonyms, capitals as metonyms) merged with our own files in data/gazetteer.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { readGazetteerFiles, type GazetteerFiles, type GazetteerActor, type GazetteerPlace } from './gazetteer-files.ts';
import type { WorldPlaces } from './world-places.ts';
import type { NameVocabulary } from './name-vocabulary.ts';

export interface Gazetteer {
  actorByAlias: Map<string, GazetteerActor>;
  placeByAlias: Map<string, GazetteerPlace>;
  contextPlaceByAlias: Map<string, GazetteerPlace>; // "the peninsula": only with the place's required actors
  capitalOf: Map<string, string>; // "Seoul" → "South Korea": a place after "in", the state elsewhere
  actors: Map<string, GazetteerActor>; // by canonical name
  maxAliasWords: number;
  firstWords: Set<string>; // first word of every alias: most capitalised words start none, and skip the lookups
  lowerCaseInside: Set<string>; // first words of aliases with a lower-case word inside ("Save the Children")
  ambiguousStates: Map<string, GazetteerActor>; // "Niger", "Chad", "Jordan": a state's name left out as an alias
  worldPlaces: WorldPlaces; // towns and cities anywhere (known-places.ts)
  nameVocabulary: NameVocabulary; // given names and ordinary English words (ordinary-word-names.ts)
}

// The package's JSON directly: its typings declare an ES default export its CommonJS entry does not have.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

const LATIN = /^[A-Za-z][A-Za-z .'’-]*$/;

export function buildGazetteer(files: GazetteerFiles): Gazetteer {
  const g: Gazetteer = {
    actorByAlias: new Map(), placeByAlias: new Map(), contextPlaceByAlias: new Map(), capitalOf: new Map(),
    actors: new Map(), maxAliasWords: 1, firstWords: new Set(), lowerCaseInside: new Set(), ambiguousStates: new Map(),
    worldPlaces: files.worldPlaces,
    nameVocabulary: files.nameVocabulary,
  };
  const skipNames = new Set(files.countries.skipCountryNames);
  const skipCapitals = new Set(files.countries.skipCapitals);
  const independent = new Set<string>();
  // A dependent territory ("French Guiana", "Greenland", "Antarctica", "Hong Kong") is a place, never a `state`
  // (LABELLING.md: a sovereign country), unless our countries file counts it as one (Taiwan, Kosovo, Palestine).
  const territories: GazetteerPlace[] = [];
  const sovereign = (c: Country) => c.independent === true || files.countries.statesDespitePackage.includes(c.name.common);
  for (const c of countries) {
    const name = c.name.common;
    if (!sovereign(c)) {
      // (Its common and official names only: the package's alternative spellings hold surnames and words, "Mann".)
      const aliases = [c.name.official].filter((x) => LATIN.test(x) && x !== name);
      if (LATIN.test(name)) territories.push({ name, aliases, contextAliases: [], requires: [] });
      continue;
    }
    if (c.independent) independent.add(name);
    const aliases = new Set<string>(skipNames.has(name) ? [] : [name]);
    // The official name ("Democratic Republic of the Congo", "Federal Republic of Germany") is how a text opens on a
    // state; without it the longest match inside it may be another state's name ("Republic of the Congo").
    if (!skipNames.has(name) && LATIN.test(c.name.official)) aliases.add(c.name.official);
    for (const alt of c.altSpellings) {
      // Two- and three-letter codes ("IN", "AS") are ordinary words; only spelled-out names are safe.
      if (alt.length >= 4 && LATIN.test(alt) && alt !== alt.toUpperCase()) aliases.add(alt);
    }
    const demonym = c.demonyms?.eng;
    // A demonym several countries share ("Indian": India and the British Indian Ocean Territory) goes to the country
    // whose own name it is built on.
    const claimed = (d: string) => g.actorByAlias.get(d)?.name;
    // On a tie the sovereign state wins ("Dutch": the Netherlands, not the Caribbean Netherlands).
    const ownsBetter = (d: string) => {
      const other = claimed(d);
      if (!other) return true;
      const mine = sharedPrefix(name, d);
      const theirs = sharedPrefix(other, d);
      return mine > theirs || (mine === theirs && c.independent === true && !independent.has(other));
    };
    if (demonym && !skipNames.has(name)) for (const d of [demonym.m, demonym.f]) if (LATIN.test(d) && ownsBetter(d)) aliases.add(d);
    for (const extra of files.countries.extraAliases[name] ?? []) aliases.add(extra);
    addActor(g, { name, kind: 'state', aliases: [...aliases] });
    for (const capital of c.capital ?? []) {
      if (skipCapitals.has(capital) || !LATIN.test(capital)) continue;
      g.capitalOf.set(capital, name);
      if (!g.actorByAlias.has(capital)) g.actorByAlias.set(capital, g.actors.get(name) as GazetteerActor);
    }
  }
  for (const [name, aliases] of Object.entries(files.countries.extraAliases)) {
    if (!g.actors.has(name)) {
      const kind = files.countries.stateLikeOrganizations.includes(name) ? 'organization' : 'state';
      addActor(g, { name, kind, aliases });
    }
  }
  for (const [capital, country] of Object.entries(files.countries.extraCapitals)) g.capitalOf.set(capital, country);
  for (const a of files.actors) addActor(g, a);
  // British house style writes an acronym said as a word in Title Case ("Nato", "Opec", "Unesco"): every acronym of
  // four or more letters is also known in that form, unless the form is a person's name too ("Isis"; "Wada" is listed by hand).
  for (const a of files.actors) {
    for (const alias of a.aliases) {
      const titled = /^\p{Lu}{4,}$/u.test(alias) ? alias[0] + alias.slice(1).toLowerCase() : '';
      if (titled && !PERSONAL_NAME_ACRONYMS.has(alias) && !g.actorByAlias.has(titled)) g.actorByAlias.set(titled, g.actors.get(a.name) as GazetteerActor);
    }
  }
  for (const alias of files.countries.skipAliases) g.actorByAlias.delete(alias);
  for (const name of [...files.countries.skipCountryNames, ...files.countries.skipAliases]) {
    const state = g.actors.get(name);
    if (state?.kind === 'state' && !g.actorByAlias.has(name)) g.ambiguousStates.set(name, state);
  }
  for (const p of territories) for (const alias of [p.name, ...p.aliases]) if (!g.actorByAlias.has(alias)) g.placeByAlias.set(alias, p);
  for (const p of files.places) {
    for (const alias of [p.name, ...p.aliases]) g.placeByAlias.set(alias, p);
    for (const alias of p.contextAliases) g.contextPlaceByAlias.set(alias, p);
  }
  for (const alias of [...g.actorByAlias.keys(), ...g.placeByAlias.keys()]) {
    g.maxAliasWords = Math.max(g.maxAliasWords, alias.split(/\s+/).length);
    g.firstWords.add(alias.split(/[\s-]+/)[0] ?? alias);
    if (/\s\p{Ll}/u.test(alias)) g.lowerCaseInside.add(alias.split(/[\s-]+/)[0] ?? alias);
  }
  return g;
}

const PERSONAL_NAME_ACRONYMS = new Set(['ISIS']);

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
}

function addActor(g: Gazetteer, actor: GazetteerActor): void {
  const existing = g.actors.get(actor.name);
  const merged = existing ? { ...existing, aliases: [...existing.aliases, ...actor.aliases] } : actor;
  g.actors.set(actor.name, merged);
  for (const alias of [actor.name, ...actor.aliases]) g.actorByAlias.set(alias, merged);
}

let cached: Gazetteer | undefined;

// Built once per process from the files on disk; extractArticle stays deterministic for a given gazetteer.
export function defaultGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readGazetteerFiles());
  return cached;
}
