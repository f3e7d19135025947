// The third round of general rules, one short text each (none of these sentences is in the eval set): titles,
// place adjectives, things and places that are no actors, bodies told by how news names them, state institutions
// with proper names, pronoun and coordinated speakers, and dates taken from the clause, the speech act or an event.
import { describe, expect, it } from 'vitest';
import { eventIn, extract, kinds, names, speakerOf } from './rule-probes.ts';

describe('names that are not actors', () => {
  it('keeps hyphenated and national titles out of the name', () => {
    const doc = extract('UN Secretary-General Kofi Mensah said the talks had failed.\nTaoiseach Aoife Byrne said Ireland would appeal.');
    expect(kinds(doc)).toMatchObject({ 'Kofi Mensah': 'person', 'Aoife Byrne': 'person' });
    expect(names(doc).some((n) => /Secretary-General|Taoiseach/.test(n))).toBe(false);
  });

  it('reads a place made adjective as a description of the body after it', () => {
    const doc = extract('Boston-based Verdant said on Monday it would cut 300 jobs.');
    expect(kinds(doc)).toEqual({ Verdant: 'organization' });
  });

  it('drops things named by the noun after them, article-wide', () => {
    const doc = extract('Orbital Dynamics launched its Sky Lantern satellite and its ORCA mission on Friday.\nSky Lantern reached orbit, Orbital Dynamics said.');
    expect(names(doc)).not.toContain('Sky Lantern');
    expect(names(doc)).not.toContain('ORCA');
  });

  it('takes mountains, provinces, islands and names after "in" for places, and common nouns opening a sentence for none', () => {
    const doc = extract('Rescuers reached Mount Serat, the island of Kelora and villages in Al Qasr province.\nAid arrived in Port Elan, where aid workers set up camps.');
    expect(doc.actors).toEqual([]);
    expect(doc.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Mount Serat', 'Kelora', 'Al Qasr', 'Port Elan']));
  });

  it('does not take a demonym in a competition name for the state', () => {
    expect(names(extract('Lena Vogt lost to Mia Kers in the Australian Open final.'))).not.toContain('Australia');
  });
});

describe('bodies', () => {
  it('types an untitled name repeated in full and never shortened as a body, a shortened one as a person', () => {
    const doc = extract('Harbor Lights cut 200 jobs on Monday.\nHarbor Lights blamed weak demand.\nMaria Lind quit on Tuesday.\nLind had run the unit since 2019.');
    expect(kinds(doc)).toMatchObject({ 'Harbor Lights': 'organization', 'Maria Lind': 'person' });
  });

  it('takes the employer before a title for a body', () => {
    const doc = extract('Hansa Rostock beat Kiel 2-1.\nRostock sporting director Jan Vogel said the win mattered.');
    expect(kinds(doc)).toMatchObject({ 'Hansa Rostock': 'organization', 'Jan Vogel': 'person' });
  });

  it('keeps "of the", "of" and "and" inside a body whose head took an "of"', () => {
    const doc = extract('The Department of Health and Human Services sued the Court of Justice of the European Union.\nThe Department of Foreign Affairs and Trade said it would help.');
    expect(kinds(doc)).toMatchObject({
      'Department of Health and Human Services': 'organization',
      'Court of Justice of the European Union': 'organization',
      'Department of Foreign Affairs and Trade': 'organization',
    });
  });

  it('names a state institution by its own proper name, and a generic one with the state', () => {
    const doc = extract("Norway's Financial Supervisory Authority said it had opened an inquiry.\nChile's Mining Ministry said output fell.");
    expect(kinds(doc)).toMatchObject({ Norway: 'state', 'Financial Supervisory Authority': 'organization', 'Chile Mining Ministry': 'organization' });
  });

  it('makes a name with a parenthesised acronym a body with that alias', () => {
    const doc = extract('The Rapid Response Unit (RRU) said 40 people were rescued.');
    expect(doc.actors.find((a) => a.name === 'Rapid Response Unit')?.aliases).toContain('RRU');
    expect(speakerOf(doc, '40 people were rescued')).toBe('Rapid Response Unit');
  });

  it('keeps an unknown word\'s possessive inside a body name, and a known state\'s outside', () => {
    const doc = extract("The Parkinson's Foundation welcomed the ruling.\nBritain's Competition and Markets Authority said no. Union No. 4 agreed.");
    expect(kinds(doc)).toMatchObject({ "Parkinson's Foundation": 'organization', 'United Kingdom': 'state', 'Competition and Markets Authority': 'organization' });
    expect(doc.sentences.map((x) => x.text)).toContain('Union No. 4 agreed.');
    expect(doc.actors.map((a) => a.name)).not.toContain('No');
  });

  it('types a name that starts with a known body\'s name as that body\'s unit', () => {
    const doc = extract("Nexora, Helio's parent company, said on Monday it would buy Quanta.\nHelio Cloud and Quanta will merge their teams.");
    expect(kinds(doc)['Helio Cloud']).toBe('organization');
  });

  it('resolves an acronym that leaves out a leading state', () => {
    const doc = extract('The U.S. Maritime Safety Administration fined the carrier.\nMSA officials said the fine was final.');
    expect(names(doc)).not.toContain('MSA');
  });
});

describe('speakers', () => {
  it('points a pronoun to the subject of the sentence before, not the last person named', () => {
    const doc = extract('Mia Storm, the candidate of a party founded by former President Karl Berg, refused to concede.\n"We will fight on," she said.');
    expect(speakerOf(doc, 'We will fight on')).toBe('Mia Storm');
  });

  it('points "his office" to the person named in the sentence', () => {
    const doc = extract('Tomas Brandt met the union on Monday.\nPresident Karl Berg will visit Oslo on Friday, his office said.');
    expect(speakerOf(doc, 'will visit Oslo')).toBe('Karl Berg');
  });

  it('gives a verb coordinated with the first to the sentence subject', () => {
    const doc = extract('Finance Minister Lea Roth, who met bankers on Monday, welcomed the cut and said growth would recover.');
    expect(speakerOf(doc, 'growth would recover')).toBe('Lea Roth');
  });

  it('prefers a sentence that opens with its speaker over a trailing verb', () => {
    const doc = extract('Economists at Danske Bank said rates would fall, while Nordea forecast a pause.');
    expect(speakerOf(doc, 'rates would fall')).toBe('Danske Bank');
  });

  it('reads titles between an inverted verb and its speaker, and a "calling" participle', () => {
    const doc = extract('"The effect is modest," said Dr. Ola Nilsen, a cardiologist.\nPrime Minister Lea Roth congratulated the team, calling it "a national triumph".');
    expect(speakerOf(doc, 'The effect is modest')).toBe('Ola Nilsen');
    expect(speakerOf(doc, 'a national triumph')).toBe('Lea Roth');
  });
});

describe('speakers reported or introduced indirectly', () => {
  it('reads "with X saying", "the emir\'s office said" and a subject whose words an outlet reported', () => {
    const doc = extract([
      'The central bank held rates on Thursday, with Governor Ana Ruiz saying inflation had eased.',
      "Oman's sultan, Haitham bin Tariq, spoke with the envoy by phone, the sultan's office said.",
      'Kuwait and Bahrain condemned the attack, the Kuwait News Agency reported.',
    ].join('\n'));
    expect(speakerOf(doc, 'inflation had eased')).toBe('Ana Ruiz');
    expect(speakerOf(doc, 'spoke with the envoy')).toBe('Haitham bin Tariq');
    expect(speakerOf(doc, 'condemned the attack')).toBe('Kuwait');
    expect(kinds(doc)['Kuwait News Agency']).toBe('media');
  });

  it('takes the source of "according to" past its owner\'s possessive, and an appositive association for a body', () => {
    const doc = extract("Rates will rise, according to Japan's Kyodo news agency.\nMetallix, the industry association for metalworkers, said orders fell.");
    expect(speakerOf(doc, 'Rates will rise')).toBe('Kyodo News');
    expect(speakerOf(doc, 'orders fell')).toBe('Metallix');
  });

  // The first half of this test once asked for no statement at all: an outlet's report of a fact was no statement
  // (tune's labels leave "…, public broadcaster NHK reported." out). data/eval/LABELLING.md now makes an outlet's
  // "reported" the outlet's statement, and blind-v6 and blind-v8 label it so ("the state news agency KUNA reported"),
  // so the speaker round changed it: the report is the outlet's, and still nobody else's.
  it("gives a fact an outlet reported to the outlet alone, and makes no body of a word shouted in a quote", () => {
    const doc = extract("Norway's ruling Labour Party lost its majority on Sunday, public broadcaster NRK reported.\nThe envoy urged them to sign \"IMMEDIATELY\" on Monday.");
    expect(doc.statements.map((st) => doc.actors.find((a) => a.id === st.speakerId)?.name)).toEqual(['NRK']);
    expect(names(doc)).not.toContain('IMMEDIATELY');
  });

  it('does not take a product introduced as new for its maker, or a demonym before makers for the state', () => {
    const doc = extract('Apple unveiled new AirTags and watches.\nSwiss watchmakers said exports fell.');
    expect(names(doc)).not.toContain('AirTags');
    expect(names(doc)).not.toContain('Switzerland');
  });
});

describe('bodies and speakers introduced by their role', () => {
  it('reads ventures "called" X, makers listed before names, appositive investors and employers before a lower-case role', () => {
    const doc = extract([
      'Three banks set up a joint venture called Polaris on Monday.',
      'Velora, the fund\'s largest investor, and carmakers Zentra and Kovac are partners.',
      'Unison general secretary Ada Kerr said members felt "betrayed".',
    ].join('\n'));
    expect(kinds(doc)).toMatchObject({ Polaris: 'organization', Velora: 'organization', Zentra: 'organization', Kovac: 'organization', Unison: 'organization', 'Ada Kerr': 'person' });
  });

  it('does not take "Member states" for a speaker, nor staff told something for an outlet', () => {
    const doc = extract('Member states of the Arctic Council agreed on Monday.\n"We will act," the minister told NHS staff.');
    expect(names(doc)).not.toContain('Member');
    expect(kinds(doc).NHS).toBe('organization');
  });

  it('reads "but said", delegates as unnamed officials, a street that speaks, and "according to <employer> <role> <name>"', () => {
    const doc = extract([
      'Oxfam welcomed the deal but said it lacked teeth.',
      'Chile and Peru backed the text, delegates said.',
      'The minister will stay, Downing Street said.',
      'Output rose, according to Vestas chairman Lars Holm.',
    ].join('\n'));
    expect(speakerOf(doc, 'lacked teeth')).toBe('Oxfam');
    expect(speakerOf(doc, 'backed the text')).toBe('Chile');
    expect(speakerOf(doc, 'will stay')).toBe('Downing Street');
    expect(kinds(doc)['Downing Street']).toBe('organization');
    expect(speakerOf(doc, 'Output rose')).toBe('Lars Holm');
  });
});

describe('event dates', () => {
  it('dates a verb by the date in its own clause, not one in a relative clause', () => {
    const doc = extract('Ola Nilsen, who had led the firm since 2015, stepped down on Wednesday.', '2025-02-07');
    expect(eventIn(doc, 'RESIGNATION', 'stepped down')?.date).toBe('2025-02-05');
  });

  it('counts "the day before the vote" from the day the text gave the vote', () => {
    const doc = extract('The vote was held on Saturday.\nKarl Berg had met Mia Storm the day before the vote.', '2025-02-17');
    expect(eventIn(doc, 'MEETING', 'the day before')?.date).toBe('2025-02-14');
  });

  it('leaves the date after a speech verb to the saying, and looks ahead after "would"', () => {
    const doc = extract('Lea Roth said on Sunday she would meet Karl Berg on Thursday.', '2025-05-12');
    expect(eventIn(doc, 'MEETING', 'would meet')?.date).toBe('2025-05-15');
  });

  it('reads labour strikes and walkouts as protests, and keeps a coming meeting apart from talks that happened', () => {
    const doc = extract('Miners walked off the job on Tuesday after talks with the company broke down.\nThe last strike at the mine, in 2012, lasted 30 days.\nMediators are due to meet union leaders on Friday.', '2025-08-14');
    expect(eventIn(doc, 'PROTEST', 'walked off')?.date).toBe('2025-08-12');
    expect(eventIn(doc, 'PROTEST', 'last strike')?.date).toBe('2012-01-01');
    expect(eventIn(doc, 'MEETING', 'due to meet')?.date).toBe('2025-08-15');
  });
});
