// The fourth round of general rules, one short text each (none of these sentences is in the eval set): two-word
// titles after a sub-national place, a country opening an association's name, currencies named by a demonym, a
// possessive's role with the name in commas as the speaker, and a surname that looks like a common noun.
import { describe, expect, it } from 'vitest';
import { extract, kinds, names, speakerOf } from './rule-probes.ts';

describe('names', () => {
  it('reads "Attorney General" after a US state as a title, and the state as a place', () => {
    const doc = extract('"The law is clear," Ohio Attorney General Maria Lenz said on Monday.');
    expect(kinds(doc)).toEqual({ 'Maria Lenz': 'person' });
    expect(speakerOf(doc, 'The law is clear')).toBe('Maria Lenz');
  });

  it('keeps a country that opens an association\'s name inside it', () => {
    const doc = extract('The Korea Federation of Steel Makers warned that exports would fall.');
    expect(kinds(doc)).toEqual({ 'Korea Federation of Steel Makers': 'organization' });
    expect(speakerOf(doc, 'exports would fall')).toBe('Korea Federation of Steel Makers');
  });

  it('takes a demonym before a currency for the money, not the state', () => {
    const doc = extract('Gold rose as the Japanese yen and the Swiss franc gained, traders said.');
    expect(names(doc)).not.toContain('Japan');
    expect(names(doc)).not.toContain('Switzerland');
  });

  it('keeps a surname ending like a common noun as the person when it opens a sentence', () => {
    const doc = extract('Talks collapsed after Anna Rivers walked out. Rivers, whose group had won most seats, wanted a vote. She said on Tuesday that her group would campaign.');
    expect(speakerOf(doc, 'her group would campaign')).toBe('Anna Rivers');
  });
});

describe('speakers', () => {
  it('gives a possessive\'s role with the name in commas to that name, through "but said"', () => {
    const doc = extract("Peru's finance minister, Rosa Quispe, welcomed the deal but said Lima would keep its tariffs.");
    expect(speakerOf(doc, 'would keep its tariffs')).toBe('Rosa Quispe');
  });
});

describe('lists, pronouns and shared demonyms', () => {
  it('ends a comma list of companies at "and", and takes a lone word listed beside a company for one', () => {
    const doc = extract('Shares in Volvo Group, Norvik and Blue Harbor Motors fell on Monday.');
    expect(kinds(doc)).toMatchObject({ 'Volvo Group': 'organization', Norvik: 'organization', 'Blue Harbor Motors': 'organization' });
    expect(names(doc).some((n) => / and /.test(n))).toBe(false);
  });

  it('gives "It urged …" right after a body\'s statement to that body', () => {
    const doc = extract('"Cuts hurt everyone," the Korea Federation of Steel Makers warned in a statement. It urged members to hold prices.');
    expect(speakerOf(doc, 'It urged members')).toBe('Korea Federation of Steel Makers');
  });

  it('gives a demonym shared with a territory to the sovereign state', () => {
    const doc = extract('The Dutch government said on Tuesday it would resign.');
    expect(names(doc)).toContain('Netherlands');
    expect(names(doc)).not.toContain('Caribbean Netherlands');
  });
});

describe('bodies, datelines and dates', () => {
  it('takes foreign legal forms for company names and a trailing "the German group said" for the sentence\'s subject', () => {
    const doc = extract('FRANKFURT, Germany — Halden Chemie AG has agreed to buy U.S. drugmaker Corvel Therapeutics, the German group said on Monday.');
    expect(kinds(doc)).toEqual({ 'Halden Chemie AG': 'organization', 'Corvel Therapeutics': 'organization' });
    expect(speakerOf(doc, 'has agreed to buy')).toBe('Halden Chemie AG');
  });

  // Reversed in the fifth round: the eval set's written convention (data/eval/README.md, heldout-v3 decisions) is
  // that an agency named only in the dateline is no actor; the dateline's city is still read as a place.
  it('reads a dateline\'s city as a place and its credited agency as no actor', () => {
    const doc = extract('LIMA (Reuters) — Miners at Cerro Alto walked off the job on Tuesday, their union said.');
    expect(Object.keys(kinds(doc))).not.toContain('Reuters');
    expect(doc.places.map((p) => p.name)).toContain('Lima');
  });

  it('dates a noun through a possessive and an adjective, not across a preposition', () => {
    const doc = extract("The Greens gained seats in Thursday's local elections, results showed on Friday.", '2025-05-02');
    expect(doc.events.find((e) => e.type === 'ELECTION')?.date).toBe('2025-05-01');
    const walkout = extract('Miners walked off the job on Tuesday after wage talks with Acme Corp. broke down.', '2025-08-13');
    expect(walkout.events.find((e) => e.type === 'TALKS')?.date ?? null).not.toBe('2025-08-12');
  });

  it('makes a tendered resignation an event', () => {
    const doc = extract('Finance Minister Lena Hart tendered her resignation on Tuesday.', '2025-06-04');
    expect(doc.events.find((e) => e.type === 'RESIGNATION')?.date).toBe('2025-06-03');
  });
});

describe('unnamed speakers', () => {
  it('gives "the country\'s military government said" to the state, not to a military actor', () => {
    const doc = extract("Floods killed 40 people in northern Laos on Friday, the country's military government said.");
    expect(names(doc)).not.toContain('Laos Military');
    expect(speakerOf(doc, 'Floods killed 40 people')).toBe('Laos');
  });

  it('gives "the spokesperson added" to the body a spokesperson was introduced for', () => {
    const doc = extract('Mayor Tom Reyes visited the site. A spokesperson for the World Health Organization said clinics were full. "We need more staff," the spokesperson added.');
    expect(speakerOf(doc, 'We need more staff')).toBe('World Health Organization');
  });

  it('reads "declared an emergency" as an act, not a statement', () => {
    const doc = extract('Governor Ana Ruiz declared a state of emergency in the capital.');
    expect(doc.statements).toHaveLength(0);
  });
});

describe('parties', () => {
  it('finds a main party by its bare name and keeps "X and Y" of two parties apart', () => {
    const doc = extract('Labour and Conservatives lose seats\nReform UK took the seat from Labour, and the Conservatives lost ground.');
    expect(kinds(doc)).toMatchObject({ 'Labour Party': 'organization', 'Conservative Party': 'organization', 'Reform UK': 'organization' });
    expect(names(doc).some((n) => / and /.test(n))).toBe(false);
  });
});

describe('names with a plus, and fines', () => {
  it('keeps a trailing "+" in an outlet\'s name', () => {
    const doc = extract('"We made history," coach Luis Ortega told Canal+ after the final.');
    expect(kinds(doc)).toMatchObject({ 'Canal+': 'media', 'Luis Ortega': 'person' });
    expect(names(doc)).not.toContain('Canal');
  });

  it('dates a regulator\'s fine as a sanction', () => {
    const doc = extract('The European Commission on Wednesday fined Acme Corp. €500 million.', '2025-04-23');
    expect(doc.events.find((e) => e.type === 'SANCTION')?.date).toBe('2025-04-23');
  });
});

describe('short names', () => {
  it('takes ", known as X," for the body\'s own short name', () => {
    const doc = extract('The European Consumer Organisation, known as BEUC, welcomed the fines. BEUC said they were too small.');
    expect(names(doc)).toEqual(['European Consumer Organisation']);
    expect(speakerOf(doc, 'too small')).toBe('European Consumer Organisation');
  });
});

describe('lone company names', () => {
  it('takes a word whose possessive has an officer for a company', () => {
    const doc = extract("Regulators fined Norlyx on Monday. Norlyx's chief financial officer, Ada Brandt, said the firm would appeal.");
    expect(kinds(doc)).toMatchObject({ Norlyx: 'organization', 'Ada Brandt': 'person' });
  });
});
