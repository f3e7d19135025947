// The world places gazetteer (ninth round, data/eval/README.md): the generated file is what the script makes of the
// packages, and a candidate that is only a known town's or province's name, with nothing an actor has around it,
// is a place. None of these sentences is in the eval set.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorldPlaces, worldPlacesJson } from '../../../scripts/build-places-gazetteer.ts';
import { GAZETTEER_DIR } from '../../../server/loader/extract/gazetteer-files.ts';
import { defaultGazetteer } from '../../../server/loader/extract/gazetteer.ts';
import { judgeKnownPlace, type PlaceContext } from '../../../server/loader/extract/known-places.ts';
import { foldPlaceName, readWorldPlaces, WORLD_PLACES_FILE } from '../../../server/loader/extract/world-places.ts';
import { extract, kinds } from './rule-probes.ts';

describe('the generated world places file', () => {
  it('is exactly what scripts/build-places-gazetteer.ts makes of the installed packages', () => {
    expect(readFileSync(`${GAZETTEER_DIR}${WORLD_PLACES_FILE}`, 'utf8')).toBe(worldPlacesJson(buildWorldPlaces()));
  });

  it('holds towns above the threshold, provinces and seats of government, folded', () => {
    const { names, seats } = defaultGazetteer().worldPlaces;
    for (const name of ['Rio de Janeiro', 'İstanbul', 'Karlsruhe', 'Norte de Santander', 'South Kivu', 'Metro Manila']) expect(names.has(foldPlaceName(name))).toBe(true);
    expect(names.has(foldPlaceName('Sao Paulo'))).toBe(true); // "São Paulo" without its tilde
    expect(seats.get('La Paz')).toBe('Bolivia');
    expect(seats.get('Cotonou')).toBe('Benin');
  });
});

describe('a candidate that is only a known place (category D)', () => {
  it('is a place where nothing around it is an actor\'s', () => {
    const court = extract('The ruling was thrown out by a Rio de Janeiro court last year, the newspaper Folha said.');
    expect(Object.keys(kinds(court))).not.toContain('Rio de Janeiro');
    expect(court.places.map((p) => p.name)).toContain('Rio de Janeiro');
    const kivu = extract('Clashes in North and South Kivu have displaced thousands, the UN refugee agency said.');
    expect(Object.keys(kinds(kivu))).not.toContain('South Kivu');
  });

  it('reads a known name cut out of a longer place name as that place ("Norte de Santander")', () => {
    const doc = extract('Troops were sent to the border, the governor of Norte de Santander, Jorge Ruiz, told reporters.');
    expect(kinds(doc)).toEqual({ 'Jorge Ruiz': 'person' });
    expect(doc.places.map((p) => p.name)).toContain('Norte de Santander');
  });

  it('reads a seat of government as its state when that state is in the text', () => {
    const doc = extract('Bolivia said it had foiled a plot. Chile offered its support to La Paz on Monday.');
    expect(kinds(doc)).toEqual({ Bolivia: 'state', Chile: 'state' });
    expect(doc.actors.find((a) => a.name === 'Bolivia')?.aliases).toContain('La Paz');
  });

  it('keeps a club, a company or a union that shares a town\'s name where the text shows an actor', () => {
    expect(kinds(extract('Liverpool won the League Cup on Sunday after a late goal.'))).toEqual({ Liverpool: 'organization' });
    expect(kinds(extract('Chelsea coach Mauricio Pochettino said his side had played well.'))).toMatchObject({ Chelsea: 'organization' });
    expect(kinds(extract('Albemarle, the US-based owner of the plant, said it would cut jobs.'))).toEqual({ Albemarle: 'organization' });
    expect(kinds(extract('The Verdi union said on Monday that the strike would go ahead.'))).toEqual({ Verdi: 'organization' });
    expect(kinds(extract('Analysts at Bernstein said the figure was aspirational.'))).toEqual({ Bernstein: 'organization' });
  });
});

describe('judgeKnownPlace on its own (a made-up gazetteer)', () => {
  const g = defaultGazetteer();
  const context = (text: string): PlaceContext => ({
    text, g, places: { names: new Set(['brackenford', 'eastmoor', 'velmora']), seats: new Map([['Velmora', 'Bolivia']]) },
    states: new Set(['Bolivia']), bodyMentions: [],
  });
  const judge = (text: string, name: string, kind: 'person' | 'organization' | 'media' | 'state' = 'organization') => {
    const at = text.indexOf(name);
    return judgeKnownPlace({ name, kind, aliases: [], mentions: [{ start: at, end: at + name.length }] }, context(text));
  };

  it('makes a place of a known name with no actor cue', () => {
    expect(judge('The mayor of Brackenford resigned on Monday.', 'Brackenford')).toEqual({ place: 'Brackenford' });
    expect(judge('A Brackenford court ruled on Monday.', 'Brackenford', 'person')).toEqual({ place: 'Brackenford' });
    expect(judge('The offices in Brackenford said nothing.', 'Brackenford')).toEqual({ place: 'Brackenford' });
  });

  it('leaves a name the gazetteer does not know, a state, an outlet and an all-capitals word alone', () => {
    expect(judge('The mayor of Dunhollow resigned.', 'Dunhollow')).toBeNull();
    expect(judge('The mayor of Brackenford resigned.', 'Brackenford', 'state')).toBeNull();
    expect(judge('The mayor told Brackenford on Monday.', 'Brackenford', 'media')).toBeNull();
    expect(judge('BRACKENFORD (Reuters) - The mayor resigned.', 'BRACKENFORD')).toBeNull();
  });

  it('keeps an actor where a cue says so', () => {
    expect(judge('Brackenford said on Monday it would appeal.', 'Brackenford')).toBeNull();
    expect(judge('Brackenford won the cup on Sunday.', 'Brackenford')).toBeNull();
    expect(judge('Brackenford chief executive Ann Lowe resigned.', 'Brackenford')).toBeNull();
    expect(judge('Shares in Brackenford fell 3%.', 'Brackenford')).toBeNull();
    expect(judge('Analysts at Brackenford expect a cut.', 'Brackenford')).toBeNull();
    expect(judge('Brackenford, the country\'s largest lender, cut rates.', 'Brackenford')).toBeNull();
    expect(judge('Mr Eastmoor resigned on Monday.', 'Eastmoor', 'person')).toBeNull();
  });

  it('turns a seat of government into its state, unless it speaks', () => {
    expect(judge('Chile offered its support to Velmora.', 'Velmora', 'person')).toEqual({ state: 'Bolivia' });
    expect(judge('The charge, which Velmora denies, was repeated.', 'Velmora')).toBeNull();
  });
});

describe('reading the world places file', () => {
  it('refuses a file of another shape, naming the script that writes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-places-'));
    const path = join(dir, 'world-places.json');
    writeFileSync(path, JSON.stringify({ source: 'x', minPopulation: 1, names: ['a', 2], regions: [], seats: {} }));
    expect(() => readWorldPlaces(path)).toThrow(/build-places-gazetteer/);
    writeFileSync(path, JSON.stringify({ source: 'x', minPopulation: 1, names: ['brackenford'], regions: ['eastmoor'], seats: { Velmora: 'Bolivia' } }));
    const places = readWorldPlaces(path);
    expect([...places.names]).toEqual(['brackenford', 'eastmoor']);
    expect(places.seats.get('Velmora')).toBe('Bolivia');
    rmSync(dir, { recursive: true, force: true });
  });
});
