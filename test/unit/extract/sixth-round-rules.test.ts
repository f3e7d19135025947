// The sixth round of general rules for actors, one short text each (none of these sentences is in the eval set); its
// speaker rules are in sixth-round-speaker-rules.test.ts. Each rule answers a category of misses on text the rules
// had not seen (data/eval/README.md, sixth round).
import { describe, expect, it } from 'vitest';
import { extract, kinds, names, speakerOf } from './rule-probes.ts';

const aliasesOf = (doc: ReturnType<typeof extract>, name: string) => doc.actors.find((a) => a.name === name)?.aliases ?? [];

describe('wire datelines', () => {
  it('reads a dateline filed from two cities as places, and the agency credited in it as no actor', () => {
    const doc = extract('PARIS/MADRID, Nov 3 (Reuters) - Spain and France agreed on a rail link on Monday, officials said.');
    expect(kinds(doc)).toEqual({ Spain: 'state', France: 'state' });
  });
});

describe('a state\'s institution by its bare name', () => {
  it('gives "Japan\'s Defense Ministry" the bare name it is also called by', () => {
    const doc = extract("Japan's Defense Ministry said the missile fell into the sea.");
    expect(aliasesOf(doc, 'Japan Defense Ministry')).toContain('Defense Ministry');
  });

  it('gives no bare name that two states\' ministries share', () => {
    const doc = extract("Japan's Defense Ministry and China's Defense Ministry both issued statements on Monday.");
    expect(aliasesOf(doc, 'Japan Defense Ministry')).not.toContain('Defense Ministry');
    expect(aliasesOf(doc, 'China Defense Ministry')).not.toContain('Defense Ministry');
  });

  it('reads a lower-case American department after a state as its institution', () => {
    const doc = extract('The US state department said it was watching the vote closely.');
    expect(kinds(doc)).toEqual({ 'United States State Department': 'organization' });
    expect(speakerOf(doc, 'watching the vote')).toBe('United States State Department');
  });
});

describe('name boundaries', () => {
  it('reads an outlet followed by more of a name as one of its services', () => {
    const doc = extract('"We are shocked," the coach told BBC Sport on Sunday.');
    expect(kinds(doc)).toMatchObject({ 'BBC Sport': 'media' });
    expect(Object.keys(kinds(doc))).not.toContain('BBC');
  });

  it('reads a name that opens with "Radio" as an outlet\'s', () => {
    const doc = extract('The minister told Radio Mitre that prices would fall.');
    expect(kinds(doc)).toMatchObject({ 'Radio Mitre': 'media' });
  });

  it('reads a state\'s service followed by a region as a command', () => {
    const doc = extract('U.S. Forces Korea said the carrier would arrive later this month.');
    expect(kinds(doc)).toEqual({ 'U.S. Forces Korea': 'military' });
    expect(speakerOf(doc, 'the carrier would arrive')).toBe('U.S. Forces Korea');
  });

  it('keeps a possessive inside a body\'s name', () => {
    const office = extract("Mark Carney named his cabinet on Friday, the Prime Minister's Office said in a release.");
    expect(kinds(office)).toMatchObject({ "Prime Minister's Office": 'organization' });
    expect(speakerOf(office, 'named his cabinet')).toBe("Prime Minister's Office");
    const association = extract("The European Automobile Manufacturers' Association said its members had been warned.");
    expect(kinds(association)).toEqual({ "European Automobile Manufacturers' Association": 'organization' });
  });

  it('keeps a state\'s possessive out of the body after it', () => {
    const doc = extract("South Korea's Financial Services Commission said it would review the deal.");
    expect(Object.keys(kinds(doc))).not.toContain("South Korea's Financial Services Commission");
  });

  it('joins "of" and a lone head word to the capitalised words before them', () => {
    const doc = extract('The Joint Chiefs of Staff said the missile flew for 86 minutes.');
    expect(kinds(doc)).toEqual({ 'Joint Chiefs of Staff': 'military' });
  });

  it('runs a body\'s name on past "and" when its acronym follows in parentheses', () => {
    const doc = extract('The Africa Centres for Disease Control and Prevention (Africa CDC) said cases had doubled.');
    expect(Object.keys(kinds(doc))).toContain('Africa Centres for Disease Control and Prevention');
  });
});

describe('capitalised names that are no actor', () => {
  it('reads a hyphenated period or kind as an adjective', () => {
    expect(names(extract('The government invoked a Cold War-era law on Monday.'))).toEqual([]);
  });

  it('reads a storm named after its category as no actor', () => {
    expect(names(extract('Super Typhoon Ragasa hit the islands on Monday.'))).toEqual([]);
  });

  it('reads a name right after a thing noun as the thing\'s', () => {
    expect(names(extract('Police boarded the oil tanker Eagle S on Monday.'))).toEqual([]);
    expect(names(extract('He tested positive for the banned blood booster EPO in July.'))).toEqual([]);
  });

  it('reads an acronym after "a/an" as a common noun, unless a person\'s role follows it', () => {
    expect(names(extract('North Korea tested an ICBM on Monday.'))).toEqual(['North Korea']);
    const doc = extract('A BHP spokeswoman said the company was studying the proposal.');
    expect(speakerOf(doc, 'studying the proposal')).toBe('BHP');
  });

  it('reads a name before "summit" as the summit\'s', () => {
    expect(names(extract('Leaders will meet at the Asia-Pacific Economic Cooperation summit next week.'))).toEqual([]);
  });

  it('reads a place inside a run after "in" as a place, not a body', () => {
    expect(names(extract('Classes were suspended in Metro Manila on Tuesday.'))).toEqual([]);
  });

  it('gives a statement to the body, not to the city after "in"', () => {
    const doc = extract('"The accused was one of the coordinators," the Federal Prosecutor\'s Office in Karlsruhe said.');
    expect(speakerOf(doc, 'one of the coordinators')).toBe("Federal Prosecutor's Office");
    expect(names(doc)).not.toContain('Karlsruhe');
  });

  it('reads a country after "outside" or "toward southern" as a place', () => {
    expect(names(extract('The missile landed outside Japan, west of Hokkaido.'))).toEqual([]);
    expect(names(extract('The storm was heading toward southern China on Wednesday.'))).toEqual([]);
  });
});

describe('a country that only describes', () => {
  it('reads a state\'s service before one of its things as no institution', () => {
    const doc = extract('A Venezuelan navy patrol boat entered the waters on Monday, and Venezuela said it would stay.');
    expect(kinds(doc)).toEqual({ Venezuela: 'state' });
  });

  it('reads "its military presence" as no institution', () => {
    const doc = extract('Estonia asked NATO for help, and the alliance said it would step up its military presence.');
    expect(names(doc)).not.toContain('Estonia Military');
  });

  it('reads a demonym and capitalised words before "federation" as a national body, not the state', () => {
    const doc = extract('Belgian rider Jens Peeters tested positive. The Belgian Cycling federation said it would not select him.');
    expect(kinds(doc)).toMatchObject({ 'Belgian Cycling': 'organization' });
    expect(names(doc)).not.toContain('Belgium');
  });

  it('drops a country named only as the home of a company without a head word', () => {
    const doc = extract("Denmark's Bavarian Nordic, which makes the vaccine, said it could supply two million doses.");
    expect(names(doc)).not.toContain('Denmark');
    expect(names(doc)).toContain('Bavarian Nordic');
  });

  it('keeps a country whose possessive is before its own institution', () => {
    const doc = extract("Australia's Department of Foreign Affairs and Trade urged travellers to check with airlines.");
    expect(names(doc)).toContain('Australia');
  });
});

describe('kinds', () => {
  it('reads a body introduced as rebels or a rebel coalition as a group', () => {
    const doc = extract('The talks between Kinshasa and the M23 rebels resumed. The M23 is part of a rebel coalition known as the Congo River Alliance (AFC).');
    expect(kinds(doc)).toMatchObject({ M23: 'group', 'Congo River Alliance': 'group' });
  });

  it('reads a liberation front as a group', () => {
    const doc = extract("The Oromo Liberation Front (OLF) said it would take part in the talks.");
    expect(kinds(doc)).toMatchObject({ 'Oromo Liberation Front': 'group' });
  });

  it('reads a state\'s name that is also a common word as the state when it is listed with another state', () => {
    const doc = extract('Burkina Faso and Niger, which with Mali form an alliance, recalled their ambassadors.');
    expect(kinds(doc)).toMatchObject({ 'Burkina Faso': 'state', Niger: 'state' });
    expect(names(extract('Chad Smith said the plan would work.'))).not.toContain('Chad');
  });
});

describe('titles and the gazetteer', () => {
  it('takes no actor from a title whose name is a known person\'s', () => {
    const doc = extract('"This is a clear provocation," South Korean Defense Minister Ahn Gyu-back said.');
    expect(names(doc)).not.toContain('Minister');
    expect(speakerOf(doc, 'clear provocation')).toBe('Ahn Kyu-bak');
  });

  it('takes no actor from a portfolio', () => {
    expect(names(extract('Dominic LeBlanc stays on, while Mélanie Joly keeps Foreign Affairs, the office said.'))).not.toContain('Affairs');
  });

  it('knows the regional blocs, rating agencies and sports bodies by name and acronym', () => {
    const doc = extract('The UCI said the rider was suspended. CARICOM and Fitch Ratings also commented.');
    expect(kinds(doc)).toMatchObject({ 'Union Cycliste Internationale': 'organization', 'Caribbean Community': 'organization', 'Fitch Ratings': 'organization' });
    expect(names(extract('Futures on the S&P 500 rose 1.6%.'))).toEqual([]);
  });

  it('knows "DRC" as the Democratic Republic of the Congo', () => {
    expect(kinds(extract('Cases spread across eastern DRC, and the DRC said it needed vaccines.'))).toEqual({ 'DR Congo': 'state' });
  });
});

describe('names the text gives', () => {
  it('ties "better known as X" to the body named before it', () => {
    const doc = extract("Taiwan's Hon Hai Precision Industry, better known as Foxconn, has approached Nissan. Foxconn said it was interested.");
    expect(names(doc)).not.toContain('Foxconn');
    expect(speakerOf(doc, 'it was interested')).toBe('Hon Hai Precision Industry');
  });

  it('reads a nickname in quotation marks inside a name as the person\'s', () => {
    const doc = extract('Economy minister Luis "Toto" Caputo told Radio Mitre that the peso would float. Caputo said reserves would rise.');
    expect(kinds(doc)).toMatchObject({ 'Luis Caputo': 'person' });
    expect(speakerOf(doc, 'reserves would rise')).toBe('Luis Caputo');
  });

  it('ties a surname that opens with a capitalised particle to the full name', () => {
    const doc = extract('Belgian rider Jens Van der Berghe has been suspended. Van der Berghe denied any wrongdoing.');
    expect(kinds(doc)).toEqual({ 'Jens Van der Berghe': 'person' });
  });

  it('reads a plural of people opening a sentence as no name', () => {
    expect(names(extract('Diplomats said the inspectors had not been allowed in.'))).toEqual([]);
  });

  it('knows world regions as places and "Philippine" as the Philippines', () => {
    expect(names(extract('The ruling affects developers across Latin America.'))).toEqual([]);
    expect(kinds(extract('Philippine officials said the drills would go ahead.'))).toEqual({ Philippines: 'state' });
  });
});

describe('the gazetteer\'s large companies', () => {
  it('knows a large company named once without a cue as a company, not a person', () => {
    expect(kinds(extract('BHP said it was studying the proposal, while Rio Tinto declined to comment.'))).toEqual({ BHP: 'organization', 'Rio Tinto': 'organization' });
    expect(kinds(extract('Shares in Huawei rivals rose after Xiaomi cut prices.'))).toMatchObject({ Xiaomi: 'organization' });
  });
});

describe('units by number and sports leagues', () => {
  it('reads "Unit <number>" as a military unit', () => {
    expect(kinds(extract('Investigators said Unit 29155 was behind the attack.'))).toEqual({ 'Unit 29155': 'military' });
  });

  it('reads a sports league played in, won or owning a title as a competition', () => {
    expect(names(extract('The club sits 18th in the Premier League.'))).toEqual([]);
    expect(names(extract('The average tenure of a sacked Premier League manager has fallen.'))).toEqual([]);
  });

  it('keeps a state\'s military intelligence out of its armed forces', () => {
    expect(names(extract('Britain blamed a unit of Russian military intelligence for the attack.'))).not.toContain('Russia Military');
  });
});

describe('a state opening a body\'s name with "and" inside', () => {
  it('reads "US Food and Drug Administration" whole and gives it the notice it posted', () => {
    const doc = extract('The recall covers 40 lots, according to a notice posted by the US Food and Drug Administration.');
    expect(kinds(doc)).toEqual({ 'US Food and Drug Administration': 'organization' });
    expect(speakerOf(doc, 'recall covers 40 lots')).toBe('US Food and Drug Administration');
  });

  it('still reads a known name before "and" as a second actor', () => {
    const doc = extract('President Emmanuel Macron visited the site. Macron and Finance Ministry officials agreed on Monday.');
    expect(kinds(doc)).toEqual({ 'Emmanuel Macron': 'person', 'Finance Ministry': 'organization' });
  });
});

describe('descriptions by flag and by compass', () => {
  it('reads a ship\'s flag state as no actor', () => {
    expect(names(extract('The ship, which sails under the flag of the Cook Islands, was boarded on Monday.'))).toEqual([]);
  });

  it('reads a compass word and a demonym before a noun as a description', () => {
    expect(names(extract('Southern European governments have questioned the plan.'))).toEqual([]);
  });
});
