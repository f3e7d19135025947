// Twelfth extractor round (data/eval/README.md): the smaller rules of the round. The larger ones have their own
// files (ordinary-word-names.test.ts, state-voices.test.ts). None of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

describe('a wire dateline', () => {
  it('credits its agency without parentheses ("OSAKA, March 3 Jiji -")', () => {
    const doc = extract('Report title\nOSAKA, March 3 Jiji - Panasonic said on Monday it would close two plants.');
    expect(kinds(doc)).toEqual({ Panasonic: 'organization' });
    expect(doc.places.map((p) => p.name)).toContain('Osaka');
  });

  it('ends with a colon ("KARACHI: …")', () => {
    const doc = extract('Report title\nKARACHI: The central bank held its policy rate on Monday, Governor Jameel Ahmad said.');
    expect(Object.keys(kinds(doc))).not.toContain('KARACHI');
    expect(doc.places.map((p) => p.name)).toContain('Karachi');
  });
});

describe('an untitled "person" whose last word is an ordinary word', () => {
  it('is no person when it leaves no trace of one', () => {
    const doc = extract('The Northern Storage Line was completed in 2019. Officials said the Caspian Guard Towers would be finished next year, the ministry said.');
    expect(Object.values(kinds(doc))).not.toContain('person');
  });

  it('stays a person with a given name, a family name first, an honorific, an age or the family name alone later', () => {
    expect(kinds(extract('The deal was backed by Daniel Brook on Monday.'))).toMatchObject({ 'Daniel Brook': 'person' });
    expect(kinds(extract('The plan was drafted by Chen Field and approved on Monday.'))).toMatchObject({ 'Chen Field': 'person' });
    expect(kinds(extract('The plan was drafted by Mr. Okonkwo Field and approved on Monday.'))).toMatchObject({ 'Okonkwo Field': 'person' });
    expect(kinds(extract('The plan was drafted by Ikechukwu Field, 54, and approved on Monday.'))).toMatchObject({ 'Ikechukwu Field': 'person' });
    expect(kinds(extract('The plan was drafted by Mbeki Field. Field said it would pass.'))).toMatchObject({ 'Mbeki Field': 'person' });
    expect(kinds(extract('The plan was drafted by Mbeki Field and approved on Monday.'))).not.toHaveProperty('Mbeki Field');
  });
});

describe('a country named only as a place, a market, a currency or a description', () => {
  it('is no actor', () => {
    const doc = extract('Estonia said its exports to Latvia rose 4% in March. The deal is worth US$40 million, and Estonian shipyards will build the frigates.');
    expect(kinds(doc)).toEqual({ Estonia: 'state' });
    const list = extract('Portugal imports most of its phosphate from Morocco and Tunisia, the economy minister said on Monday.');
    expect(Object.keys(kinds(list))).not.toContain('Morocco');
    expect(Object.keys(kinds(list))).not.toContain('Tunisia');
  });

  it('is an actor when its officials, leaders or forces act, or something comes from it', () => {
    expect(kinds(extract('Estonia sent two frigates to Latvia, where Latvian officials welcomed them.'))).toMatchObject({ Latvia: 'state' });
    expect(kinds(extract('The plan drew condemnation from Latvia on Monday.'))).toMatchObject({ Latvia: 'state' });
    expect(kinds(extract('The plan was backed by the leaders of Latvia and Estonia.'))).toMatchObject({ Latvia: 'state', Estonia: 'state' });
    expect(kinds(extract('Estonia will send two frigates to Latvia, Latvian President Edgars Rinkevics said.'))).toMatchObject({ Latvia: 'state' });
  });
});

describe('a Spanish, Portuguese, Italian or French body named head first', () => {
  it('keeps its function words and is an organisation', () => {
    const doc = extract('The Confederación General del Trabajo called a strike. The Ministério da Saúde said 40 people were treated. Officers of the Polizia di Stato made the arrest.');
    expect(kinds(doc)).toMatchObject({ 'Confederación General del Trabajo': 'organization', 'Ministério da Saúde': 'organization', 'Polizia di Stato': 'organization' });
  });

  it('leaves a person\'s particles to the person', () => {
    expect(kinds(extract('Officials said Luis de la Fuente would resign on Monday.'))).toMatchObject({ 'Luis de la Fuente': 'person' });
  });
});

describe('a body named with "of", then a title and a name', () => {
  it('is the body and the person it employs', () => {
    const doc = extract('Bank of Japan Governor Kazuo Ueda said on Tuesday that inflation was stable. Reserve Bank of Australia Governor Michele Bullock told reporters rates would hold.');
    expect(kinds(doc)).toEqual({ 'Bank of Japan': 'organization', 'Kazuo Ueda': 'person', 'Reserve Bank of Australia': 'organization', 'Michele Bullock': 'person' });
    expect(speakerOf(doc, 'inflation was stable')).toBe('Kazuo Ueda');
  });
});

describe('an exchange', () => {
  it('is a place where shares merely trade on it', () => {
    const doc = extract('Shares of Ampol rose 3% on the Australian Securities Exchange after the deal was announced.');
    expect(doc.actors.filter((a) => /Exchange/.test(a.name))).toEqual([]);
  });

  it('is an actor when it acts', () => {
    const doc = extract('The Australian Securities Exchange halted trading in Ampol shares on Monday.');
    expect(doc.actors.filter((a) => /Exchange/.test(a.name)).map((a) => [a.kind, a.aliases.includes('Australian Securities Exchange')])).toEqual([['organization', true]]);
  });
});

describe('a single unknown word', () => {
  it('is an actor as a source, an operator, an outlet or an employer', () => {
    const doc = extract('Bond prices fell 2 cents, according to Marketaxess. The field is run by Karachaganak, a joint venture. "Demand is weak," said Ana Ruiz, head of commodities research at Vortexa. According to the news site Hespress, six people were held.');
    expect(kinds(doc)).toMatchObject({ Marketaxess: 'organization', Karachaganak: 'organization', Vortexa: 'organization', Hespress: 'media' });
  });
});

describe('an outlet', () => {
  it('keeps the name it goes by, with its article', () => {
    const doc = extract('"We will appeal," the mayor told The Irish Times on Monday.');
    const outlet = doc.actors.find((a) => a.kind === 'media');
    expect(outlet?.name).toBe('Irish Times');
    expect(outlet?.aliases).toContain('The Irish Times');
  });
});

describe('names and kinds seen first in blind-v15 to blind-v18', () => {
  it('types a police force as an organisation and border troops as military', () => {
    expect(kinds(extract('The Royal Fiji Police Force said on Monday that the Border Troops had withdrawn.'))).toMatchObject({ 'Royal Fiji Police Force': 'organization', 'Border Troops': 'military' });
  });

  it('keeps a patronymic written after the name, and reads unpunctuated ranks and a magistrate as titles', () => {
    const doc = extract('Talks were led by Nurlan Asanov uulu on Monday. "We are ready," Col Amadou Traore said. Magistrate Grace Wanjiru adjourned the case.');
    expect(kinds(doc)).toMatchObject({ 'Nurlan Asanov uulu': 'person', 'Amadou Traore': 'person', 'Grace Wanjiru': 'person' });
  });

  it('reads a competition named head first as no actor', () => {
    expect(Object.values(kinds(extract('The club was banned from the Copa Libertadores and the Coupe de France, the federation said.')))).not.toContain('person');
  });
});

describe('"UN" before one of its bodies', () => {
  it('is part of that body, not the United Nations acting', () => {
    const doc = extract('The UN children\'s agency, UNICEF, said 40 schools were damaged. The UN Security Council will meet on Friday.');
    expect(Object.keys(kinds(doc))).not.toContain('United Nations');
  });

  it('is the United Nations where it acts or its official speaks', () => {
    expect(kinds(extract('UN Secretary-General António Guterres condemned the attack.'))).toMatchObject({ 'United Nations': 'organization' });
    expect(kinds(extract('The UN said on Monday that aid convoys were blocked.'))).toMatchObject({ 'United Nations': 'organization' });
  });
});

describe('a name with a particle inside', () => {
  it('is a body unless a given name opens it or a person\'s trace follows', () => {
    expect(kinds(extract('Médicos del Mundo said on Monday that two clinics had closed.'))).toMatchObject({ 'Médicos del Mundo': 'organization' });
    expect(kinds(extract('Pedro de la Rosa said on Monday that he would retire.'))).toMatchObject({ 'Pedro de la Rosa': 'person' });
  });
});

describe('armed and criminal groups', () => {
  it('are groups when the gazetteer knows them or the text says so', () => {
    const doc = extract('Al-Shabaab claimed the attack on Monday. Inmates linked to the Los Zetas crime gang took two guards hostage. Hackers from a group calling itself DarkMeridian stole the files.');
    expect(kinds(doc)).toMatchObject({ 'al-Shabaab': 'group', 'Los Zetas': 'group', DarkMeridian: 'group' });
  });
});

describe('the commonest words before a given name', () => {
  it('are the rest of an office or a religious title, not the name', () => {
    const doc = extract('Minister for Culture and Information Grace Fu said on Monday that the fund would grow. Brother Patrick Walsh accepted the findings.');
    expect(kinds(doc)).toMatchObject({ 'Grace Fu': 'person', 'Patrick Walsh': 'person' });
  });

  it('stay in the name when less common ("Ram") or a body\'s ("Bank")', () => {
    expect(kinds(extract('President Ram Bahadur Thapa said the vote would go ahead.'))).toMatchObject({ 'Ram Bahadur Thapa': 'person' });
  });
});

describe('the full names of bodies', () => {
  it('keep "and" inside a known name, before a complement, and "on" before a remit', () => {
    const doc = extract('The Court of Bosnia and Herzegovina sentenced him. The Medical and Dental Council of Ghana said the strike was illegal. The UN Working Group on Enforced Disappearances said on Monday it was concerned.');
    expect(kinds(doc)).toMatchObject({ 'Court of Bosnia and Herzegovina': 'organization', 'Medical and Dental Council of Ghana': 'organization', 'Working Group on Enforced Disappearances': 'organization' });
    expect(kinds(extract('The Senate on Tuesday voted against the bill.'))).toEqual({ Senate: 'organization' });
  });

  it('take a short name given in parentheses as an alias', () => {
    const doc = extract('The Office of Communications (Ofcom) fined the broadcaster. Ofcom said the fine was fair.');
    expect(doc.actors.map((a) => [a.name, a.aliases.includes('Ofcom')])).toEqual([['Office of Communications', true]]);
  });
});

describe('a dependent territory', () => {
  it('is a place, not a state; Taiwan, Kosovo and Palestine stay states', () => {
    const doc = extract('Denmark said on Monday that Greenland would hold a vote. Taiwan said the drills were a provocation.');
    expect(kinds(doc)).toEqual({ Denmark: 'state', Taiwan: 'state' });
    expect(doc.places.map((p) => p.name)).toContain('Greenland');
  });
});

describe('venues and papers', () => {
  it('reads a hospital named only as where people are taken as a place, and "Daily X" as an outlet', () => {
    const doc = extract('Eleven workers were taken to Mombasa General Hospital, the Daily Monitor reported.');
    expect(kinds(doc)).toEqual({ 'Daily Monitor': 'media' });
  });
});

describe('legislatures and treasuries', () => {
  it('reads a bare "Congress" or "Senate" inside a sentence as the body, and a treasury as a body', () => {
    const doc = extract('The package was first notified to Congress in May. Ghana\'s Treasury has agreed a $400m rescue.');
    expect(kinds(doc)).toMatchObject({ Congress: 'organization' });
    expect(doc.actors.some((a) => a.kind === 'organization' && a.aliases.includes("Ghana's Treasury"))).toBe(true);
  });

  it('ties a later bare head word to the one body whose name holds it', () => {
    const doc = extract('The US Treasury Department sanctioned the lender on Monday. Treasury said the bank had moved $400 million.');
    expect(doc.actors.filter((a) => a.kind === 'organization').length).toBe(1);
    expect(speakerOf(doc, 'had moved $400 million')).toBe(doc.actors.find((a) => a.kind === 'organization')?.name);
  });
});

describe('a company named after space', () => {
  it('is an organisation even when it opens with a given name', () => {
    expect(kinds(extract('The satellite will be built by Thales Alenia Space in Cannes.'))).toMatchObject({ 'Thales Alenia Space': 'organization' });
  });
});

describe('a known town or province before a local office', () => {
  it('is the office\'s remit, a place, not the person\'s employer', () => {
    const doc = extract('Naples Mayor Gaetano Manfredi said the port would reopen. Istanbul Governor Davut Gul ordered the arrests.');
    expect(kinds(doc)).toEqual({ 'Gaetano Manfredi': 'person', 'Davut Gul': 'person' });
    expect(doc.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Naples', 'Istanbul']));
  });
});

describe('a state\'s armed service written in lower case before a thing', () => {
  it('describes the thing and is no actor', () => {
    const doc = extract('Jordan receives $1.3 billion a year in US military aid, and Egypt\'s military media wing said the drill went ahead.');
    expect(Object.values(kinds(doc))).not.toContain('military');
  });
});
