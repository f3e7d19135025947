// Reads and validates the user-extensible gazetteer files in data/gazetteer (zod: a typo in a file a user edited is
// reported with its path, not discovered as a silent miss).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ACTOR_KINDS } from '../graph-document.ts';
import { readWorldPlaces, WORLD_PLACES_FILE, type WorldPlaces } from './world-places.ts';
import { NAME_VOCABULARY_FILE, readNameVocabulary, type NameVocabulary } from './name-vocabulary.ts';

export const GAZETTEER_DIR = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));

const aliasList = z.array(z.string().min(1)).default([]);

export const gazetteerActorSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: aliasList,
  affiliation: z.object({ to: z.string().min(1), role: z.string().default('') }).optional(),
});
export type GazetteerActor = z.infer<typeof gazetteerActorSchema>;

export const gazetteerPlaceSchema = z.object({
  name: z.string().min(1),
  aliases: aliasList,
  contextAliases: aliasList,
  requires: z.array(z.string()).default([]),
});
export type GazetteerPlace = z.infer<typeof gazetteerPlaceSchema>;

const countriesFileSchema = z.object({
  extraAliases: z.record(z.string(), z.array(z.string().min(1))).default({}),
  stateLikeOrganizations: z.array(z.string()).default([]),
  skipCountryNames: z.array(z.string()).default([]),
  skipCapitals: z.array(z.string()).default([]),
  extraCapitals: z.record(z.string(), z.string()).default({}), // capital → country, for names the package spells otherwise
  skipAliases: z.array(z.string()).default([]), // ordinary words and given names that some country lists as a name
  // Territories the package marks as not independent that LABELLING.md counts as states all the same.
  statesDespitePackage: z.array(z.string()).default([]),
});
export type CountriesFile = z.infer<typeof countriesFileSchema>;

export interface GazetteerFiles {
  actors: GazetteerActor[];
  places: GazetteerPlace[];
  countries: CountriesFile;
  worldPlaces: WorldPlaces; // towns and cities anywhere, generated from a package (world-places.ts)
  nameVocabulary: NameVocabulary; // given names and ordinary English words, generated from packages (name-vocabulary.ts)
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = `${dir}${file}`;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`gazetteer file ${file} is malformed: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function readGazetteerFiles(dir: string = GAZETTEER_DIR): GazetteerFiles {
  return {
    actors: readJson(dir, 'actors.json', z.object({ actors: z.array(gazetteerActorSchema) })).actors,
    places: readJson(dir, 'places.json', z.object({ places: z.array(gazetteerPlaceSchema) })).places,
    countries: readJson(dir, 'countries.json', countriesFileSchema),
    worldPlaces: readWorldPlaces(`${dir}${WORLD_PLACES_FILE}`),
    nameVocabulary: readNameVocabulary(`${dir}${NAME_VOCABULARY_FILE}`),
  };
}
