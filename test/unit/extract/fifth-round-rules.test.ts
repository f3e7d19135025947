// The fifth round of general rules, one short text each (none of these sentences is in the eval set): a short name
// in parentheses after a full name is that actor's alias, and a state's official name is read whole.
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../server/loader/graph-document.ts';
import { extract, kinds, speakerOf } from './rule-probes.ts';

describe('parenthesised short names', () => {
  it('ties an acronym in parentheses to the party named before it, even when the letters differ', () => {
    const doc = extract('The Liberal Democrats (LDP) won the most seats. The LDP said it would form a government.');
    expect(kinds(doc)).toEqual({ 'Liberal Democrats': 'organization' });
  });

  it('keeps the acronym of a longer name off a state that ends that name', () => {
    const doc = extract('The Alliance for Austria (AfA) gained ground, and Austria said it would respond.');
    expect(Object.keys(kinds(doc))).not.toContain('AfA');
    expect(doc.actors.find((a) => a.name === 'Austria')?.aliases ?? []).not.toContain('AfA');
  });
});

describe('title case headlines', () => {
  it('takes no actor from a run of capitals only a Title Case headline has', () => {
    const doc = extract('Samsung Fined by Korea Over Smartphone Warranty Terms\nSamsung was fined on Monday, the regulator said.', '2025-03-10', 'Samsung Fined by Korea Over Smartphone Warranty Terms');
    expect(Object.keys(kinds(doc))).not.toContain('Korea Over Smartphone Warranty Terms');
    expect(Object.keys(kinds(doc))).not.toContain('Smartphone Warranty Terms');
  });
});

describe('name particles', () => {
  it('keeps two particles inside a name and ties the capitalised surname to it', () => {
    const doc = extract('"We will not give up," said Pieter van der Berg, the union\'s negotiator. Van der Berg said talks would resume.');
    expect(kinds(doc)).toEqual({ 'Pieter van der Berg': 'person' });
  });
});

describe('units and things named like actors', () => {
  it('keeps a unit\'s ordinal in its name, so two numbered units stay two', () => {
    const doc = extract('Soldiers of the 1st Cavalry Division trained beside the 82nd Airborne Division on Monday.');
    expect(kinds(doc)).toEqual({ '1st Cavalry Division': 'military', '82nd Airborne Division': 'military' });
  });

  it('takes no actor from an island, a missile or a declaration', () => {
    const doc = extract('Troops fired a Long Range Missile from Batan Island, citing the Lisbon Declaration, officials said.');
    expect(kinds(doc)).toEqual({});
  });
});

describe('titles and ministries', () => {
  it('reads "Treasurer" as a title, not part of the name', () => {
    const doc = extract('Treasurer Anna Berg said on Monday the levy would rise.');
    expect(kinds(doc)).toEqual({ 'Anna Berg': 'person' });
  });

  it('keeps a comma list of portfolios inside a ministry\'s name', () => {
    const doc = extract('The Ministry of Land, Infrastructure and Transport said it would review the deal.');
    expect(kinds(doc)).toEqual({ 'Ministry of Land, Infrastructure and Transport': 'organization' });
  });

  it('does not take a Korean name that starts with "Kim" for Kim Jong Un', () => {
    const doc = extract('Officials met Kim Min-seok in Seoul on Monday, the ministry said.');
    expect(Object.keys(kinds(doc))).toContain('Kim Min-seok');
    expect(Object.keys(kinds(doc))).not.toContain('Kim Jong Un');
  });
});

describe('kinds from words inside a name', () => {
  it('reads a name ending in "International" as a body', () => {
    const doc = extract('The campaign group Clean Air International said the deal fell short.');
    expect(kinds(doc)).toEqual({ 'Clean Air International': 'organization' });
  });

  it('reads an untitled name with "Army" inside as a military unit', () => {
    const doc = extract('The minister ordered the Third Army Area to respond on Monday.');
    expect(kinds(doc)).toEqual({ 'Third Army Area': 'military' });
  });
});

describe('speakers', () => {
  it('takes the author of a notice "according to" cites as the source', () => {
    const doc = extract('Ten ships were delayed on Monday, according to a notice posted by the Maritime and Port Authority.');
    expect(speakerOf(doc, 'Ten ships')).toBe('Maritime and Port Authority');
  });

  it('does not take who saw a document for its source', () => {
    const doc = extract('According to documents seen by Reuters, the company was warned in 2021.');
    expect(speakerOf(doc, 'was warned')).toBeUndefined();
  });

  it('gives a quotation to the subject of "accused", not to its object', () => {
    const doc = extract('His rival, former prime minister Anna Berg, accused Chancellor Paul Weber of "reckless spending".');
    expect(speakerOf(doc, 'reckless spending')).toBe('Anna Berg');
  });
});

describe('event dates', () => {
  const dateOf = (doc: GraphDocument, type: string) => doc.events.find((e) => e.type === type)?.date;

  it('reads "next Tuesday" as the coming Tuesday, even in a sentence with no future verb', () => {
    // 2025-03-12 is a Wednesday.
    const doc = extract('Mr Berg is scheduled to meet Anna Weber next Tuesday to discuss the plan.', '2025-03-12');
    expect(dateOf(doc, 'MEETING')).toBe('2025-03-18');
  });

  it('dates a noun whose day follows it, with no actor beside it', () => {
    const doc = extract('The coach was sacked after a board meeting on Sunday night.', '2025-03-12');
    expect(dateOf(doc, 'MEETING')).toBe('2025-03-09');
  });

  it('counts "two days before" from the date the text gave last', () => {
    const doc = extract('The summit opened on March 20. Anna Weber met Paul Berg in Rome two days before the summit.', '2025-03-25');
    expect(doc.events.find((e) => e.type === 'MEETING')?.date).toBe('2025-03-18');
  });
});

describe('plurals, datelines and joined particles', () => {
  it('takes no actor from a plural of capitals ("MPs", "NGOs")', () => {
    const doc = extract('Governor Anna Berg told MPs on Monday that NGOs would be consulted.');
    expect(kinds(doc)).toEqual({ 'Anna Berg': 'person' });
  });

  it('reads a dateline with a country and a date after the city', () => {
    const doc = extract('GENEVA, Switzerland, Nov 19 (Reuters) - Talks resumed on Thursday, officials said.');
    expect(Object.keys(kinds(doc))).not.toContain('GENEVA');
  });

  it('ties a name given ", known as X" to its short name, and makes it a body', () => {
    const doc = extract('Gunmen from Harakat Nasr wal-Tahrir, known as HNT, attacked the town. HNT said it would fight on.');
    expect(kinds(doc)).toEqual({ 'Harakat Nasr wal-Tahrir': 'organization' });
  });
});

describe('short forms of names', () => {
  it('does not take a "Kim" with a title before it for Kim Jong Un', () => {
    const doc = extract('Cho will meet Land Minister Kim Min-seok next Tuesday.');
    expect(Object.keys(kinds(doc))).toContain('Kim Min-seok');
    expect(Object.keys(kinds(doc))).not.toContain('Kim Jong Un');
  });

  it('reads a company named without its legal ending as the same company', () => {
    const doc = extract('Asiana Air Lines Co. said on Monday it would merge. Asiana Air chairman Lee Jin said the deal was final.');
    expect(Object.keys(kinds(doc))).not.toContain('Asiana Air');
    expect(Object.keys(kinds(doc))).toContain('Asiana Air Lines Co.');
  });
});

describe('states that do not act', () => {
  it('takes no state from a demonym before a thing or a private party', () => {
    const doc = extract('Maersk, the Danish shipping group, said on Monday that Dutch ports were closed.');
    expect(Object.keys(kinds(doc))).not.toContain('Denmark');
    expect(Object.keys(kinds(doc))).not.toContain('Netherlands');
  });

  it('keeps a state whose demonym names its forces or officials', () => {
    const doc = extract('Danish officials said on Monday that the port was closed.');
    expect(Object.keys(kinds(doc))).toContain('Denmark');
  });

  it('makes a place of a state listed after "across"', () => {
    const doc = extract('The group, which is active across Mali, Burkina Faso and Chad, said it had freed the hostage.');
    expect(Object.keys(kinds(doc))).not.toContain('Burkina Faso');
    expect(doc.places.map((p) => p.name)).toContain('Burkina Faso');
  });
});

describe('dateline agencies', () => {
  it('takes no actor from an agency credited only in the dateline', () => {
    const doc = extract('LISBON, Portugal (AP) — Dockworkers walked out on Monday, the union said.');
    expect(Object.keys(kinds(doc))).not.toContain('Associated Press');
    expect(Object.keys(kinds(doc))).not.toContain('AP');
  });

  it('keeps an agency the story names in its body', () => {
    const doc = extract('LISBON (Reuters) - Dockworkers walked out on Monday, a union leader told Reuters.');
    expect(kinds(doc)['Reuters']).toBe('media');
  });
});

describe('official state names', () => {
  it('reads "Democratic Republic of the Congo" as DR Congo, not as the Republic of the Congo', () => {
    const doc = extract('Troops from the Democratic Republic of the Congo crossed the border on Monday, officials said.');
    expect(kinds(doc)).toEqual({ 'DR Congo': 'state' });
  });
});
