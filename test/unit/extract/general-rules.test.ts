// The extractor's general rules, one short text each (none of these sentences is in the eval set): body names with
// "of"/"and", monarchs, palaces, acronyms, datelines, appositive and inverted attributions, states that only
// describe or locate, institutions through "its", dates that follow the clause's tense, and RESPONDS_TO cues.
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

describe('body names', () => {
  it('keeps "of" and "and" inside a body name, but not between two bodies', () => {
    const doc = extract('Shares rose after the Bank of Canada and the Office of Gas and Electricity Markets spoke.\nAcme Corp and Widget Ltd said they would merge.\nThe Bank of England and Barclays disagreed.');
    expect(kinds(doc)).toMatchObject({
      'Bank of Canada': 'organization', 'Office of Gas and Electricity Markets': 'organization', 'Acme Corp': 'organization',
      'Widget Ltd': 'organization', 'Bank of England': 'organization', Barclays: 'organization',
    });
    expect(doc.actors.map((a) => a.name)).not.toContain('Canada');
  });

  it('types palaces, acronym-led names and national branches as bodies, kings as persons', () => {
    const doc = extract('King Harald V opened the session, Skaugum Palace said.\nKT Telecom Holdings and Greenpeace Norway criticised the plan.');
    expect(kinds(doc)).toMatchObject({ 'Harald V': 'person', 'Skaugum Palace': 'organization', 'KT Telecom Holdings': 'organization', 'Greenpeace Norway': 'organization' });
  });

  it('re-types an untitled name once the text shows it is a body', () => {
    const doc = extract('Blue Harbor said profits fell.\nBlue Harbor, which owns three ports, cut jobs.');
    expect(kinds(doc)['Blue Harbor']).toBe('organization');
  });

  it('resolves an acronym to the body whose initials it spells', () => {
    const doc = extract('The Financial Markets Authority fined the bank on Monday.\nFMA Chief Executive Samantha Barrass said the fine was fair.');
    expect(doc.actors.map((a) => a.name)).not.toContain('FMA');
    expect(doc.actors.find((a) => a.name === 'Financial Markets Authority')?.aliases).toContain('FMA');
  });

  it('reads non-ASCII names as one word', () => {
    const doc = extract('Prime Minister Jonas Gahr Støre met Søren Østergaard in Oslo.');
    expect(kinds(doc)).toMatchObject({ 'Jonas Gahr Støre': 'person', 'Søren Østergaard': 'person' });
  });
});

describe('states', () => {
  it('does not take a demonym describing a body, or a country only located in, for the state', () => {
    const doc = extract('The German carmaker Volkswagen said sales fell in Brazil.');
    expect(doc.actors.map((a) => a.name)).not.toContain('Germany');
    expect(doc.actors.map((a) => a.name)).not.toContain('Brazil');
    expect(doc.places.map((p) => p.name)).toContain('Brazil');
  });

  it('reads a lower-case ministry reached through "its" as its state speaking, with no ministry actor', () => {
    const doc = extract('Egypt rejected the plan, its foreign ministry said in a statement.');
    expect(speakerOf(doc, 'rejected the plan')).toBe('Egypt');
    expect(kinds(doc)).toEqual({ Egypt: 'state' });
  });

  it('reads a wire dateline as the place of filing, not an actor', () => {
    const doc = extract('OSLO (Reuters) — Equinor said on Monday it would cut output.');
    expect(doc.places.map((p) => p.name)).toContain('Oslo');
    expect(doc.actors.map((a) => a.name)).not.toContain('OSLO');
  });
});

describe('speakers', () => {
  it('finds appositive and possessive speakers, and the subject before a parenthesis', () => {
    const doc = extract([
      'The bank\'s chief economist, Maria Lind, said inflation would ease.',
      'Prime Minister Petteri Orpo spoke first. Orpo\'s office said the talks would resume.',
      'Orpo, speaking in Swedish, said Finland would not back down.',
    ].join('\n'));
    expect(speakerOf(doc, 'inflation would ease')).toBe('Maria Lind');
    expect(speakerOf(doc, 'talks would resume')).toBe('Petteri Orpo');
    expect(speakerOf(doc, 'would not back down')).toBe('Petteri Orpo');
  });

  it('takes a name after the verb only in an inverted attribution', () => {
    const doc = extract('"We will appeal," said Anna Berg.\nMinister Anna Berg said Sweden would appeal.');
    expect(speakerOf(doc, 'We will appeal')).toBe('Anna Berg');
    expect(speakerOf(doc, 'Sweden would appeal')).toBe('Anna Berg');
  });
});

describe('dates and links', () => {
  it('resolves a weekday and a yearless month by the tense of their clause', () => {
    const doc = extract('Workers will strike on Thursday, the Acme union said on Monday.\nFarmers have protested since November.', '2025-03-10');
    const date = (type: string) => doc.events.find((e) => e.type === type)?.date;
    expect(date('PROTEST')).toBe('2024-11-01');
    expect(extract('The union will hold talks on Thursday.', '2025-03-10').events.find((e) => e.type === 'TALKS')?.date).toBe('2025-03-13');
  });

  it('links an act to the act it answers only on an explicit cue', () => {
    const doc = extract('Ukraine launched drone attacks on Russian refineries in response to missile strikes on Kyiv.\nThe ministers met on Monday after joint exercises in Poland.');
    const byId = new Map(doc.events.map((e) => [e.id, e]));
    const links = doc.events.flatMap((e) => e.respondsTo.map((r) => [e.sentenceIds[0], byId.get(r)?.sentenceIds[0]]));
    expect(links).toEqual([[doc.sentences[0]?.id, doc.sentences[0]?.id]]);
  });

  it('treats a first line without a final stop as the headline', () => {
    const doc = extract('Regulator fines Acme\nThe Financial Markets Authority said on Monday it fined Acme Corp.', '2025-03-10', 'Watchdog fines Acme');
    expect(doc.statements.every((s) => !s.sentenceIds.includes(doc.sentences[0]?.id ?? ''))).toBe(true);
    expect(doc.actors.map((a) => a.name)).not.toContain('Regulator');
  });
});
