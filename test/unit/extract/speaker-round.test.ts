// The speaker round's mechanisms, one short text each (none of these sentences is in the eval set): a description
// that stands for a body named before ("the confederation said"), ranked over the bodies the text named, and a
// pronoun that goes on with the person who spoke last (data/eval/README.md, speaker round).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './rule-probes.ts';

describe('a description before a verb of saying', () => {
  it('goes to the body whose own name holds the sort word', () => {
    const doc = extract('The Harbour Workers Confederation opened an inquiry into the tour. The confederation said the players had been warned twice.');
    expect(speakerOf(doc, 'warned twice')).toBe('Harbour Workers Confederation');
  });

  it('reaches back past other bodies to the one the word names', () => {
    const doc = extract('The National Statistics Institute published new figures on Monday. Acme Corp. and Widget Ltd. welcomed them. '
      + 'Unemployment fell to 6.1 per cent in March, the institute said.');
    expect(speakerOf(doc, 'Unemployment fell')).toBe('National Statistics Institute');
  });

  it('gives "the company said" to the company that spoke last rather than the one named nearest', () => {
    const doc = extract('Acme Corp. said on Monday that its units Widget Ltd. and Gadget Ltd. would merge. '
      + 'The merged unit will be based in Leeds, the company said in a filing.');
    expect(speakerOf(doc, 'based in Leeds')).toBe('Acme Corp.');
  });

  it('does not give a company word to a public body, nor a public word to a company', () => {
    const doc = extract('The Food and Drug Administration ordered Acme Corp. to recall the pill. '
      + 'The drugmaker said it did not agree with the agency\'s analysis.');
    expect(speakerOf(doc, 'did not agree')).toBe('Acme Corp.');
  });

  it('gives a common-noun ministry the state of its sentence, or the state the story is about', () => {
    const own = extract('Chile reached a deal with its creditors yesterday, clearing a hurdle in its restructuring, the finance ministry said.');
    expect(speakerOf(own, 'clearing a hurdle')).toBe('Chile');
    const story = extract('Peru expelled two diplomats on Monday. Peru said the men had spied for a foreign power. '
      + 'Two more suspects were arrested in Lima, the interior ministry said.');
    expect(speakerOf(story, 'Two more suspects')).toBe('Peru');
  });

  it('leaves a document\'s words alone: "the report said" names no body', () => {
    const doc = extract('Acme Corp. published its annual report on Monday. Sales rose 4 per cent, the report said.');
    expect(speakerOf(doc, 'Sales rose')).not.toBe('Acme Corp.');
  });

  it('reads "the result and called" as two clauses, not a description', () => {
    const doc = extract('Opposition candidate Maria Duarte, who came second, has rejected the result and called for a strike.');
    expect(speakerOf(doc, 'called for a strike')).not.toBe('Opposition');
  });
});

describe('a pronoun after a statement', () => {
  it('goes on with the person who spoke in the sentence before', () => {
    const doc = extract('The plotters planned to drive tanks into Plaza Murillo on Friday, Minister Rolando Vargas told reporters. '
      + '"This was no rumour," he said.');
    expect(speakerOf(doc, 'This was no rumour')).toBe('Rolando Vargas');
  });

  it('still takes a person named earlier in its own sentence first', () => {
    const doc = extract('"We are ready," Minister Rolando Vargas told reporters. '
      + 'Senator Ana Ruiz disputed the timing, and she said the vote should wait.');
    expect(speakerOf(doc, 'the vote should wait')).toBe('Ana Ruiz');
  });
});

describe('attribution shapes', () => {
  it('gives an unnamed official the state or body named before the word', () => {
    const doc = extract('A senior Peruvian government official told Reuters that Lima had not been warned of the launch.');
    expect(speakerOf(doc, 'had not been warned')).toBe('Peru');
    const group = extract('A Hezbollah commander, who asked not to be named, told the Financial Times the group had agreed to withdraw.');
    expect(speakerOf(group, 'had agreed to withdraw')).toBe('Hezbollah');
  });

  it('gives the statement to the person in an appositive titled by a rank, not to the body before it', () => {
    const navy = extract('The commander of the Peruvian Navy, Adm. Luis Prado, said in a statement that the navy "remains loyal".');
    expect(speakerOf(navy, 'remains loyal')).toBe('Luis Prado');
    const spokeswoman = extract("Peru's defence ministry spokeswoman, Lieutenant General Ana Ruiz, said Chilean forces had crossed the border.");
    expect(speakerOf(spokeswoman, 'had crossed the border')).toBe('Ana Ruiz');
    const its = extract('The EU naval force, Operation Atalanta, said its frigate had shadowed the ship since Monday. '
      + 'Its commander, Rear Admiral Juan Ortega, told reporters on Wednesday that a rescue "is not on the table".');
    expect(speakerOf(its, 'not on the table')).toBe('Juan Ortega');
  });

  it('reads "according to" a name with its acronym, and a person after lower-case role words', () => {
    const acronym = extract('Drone attacks have tripled since last year, according to the Global Conflict Monitoring project (GCMP).');
    expect(speakerOf(acronym, 'have tripled')).toBe('GCMP');
    const role = extract('Dozens of prisoners were also freed under the deal, according to opposition leader Ana Ruiz.');
    expect(speakerOf(role, 'were also freed')).toBe('Ana Ruiz');
  });
});

describe('two speakers in one sentence', () => {
  const speakersOf = (doc: ReturnType<typeof extract>, snippet: string) => {
    const sentence = doc.sentences.find((s) => s.text.includes(snippet))?.id;
    return doc.statements.filter((st) => sentence !== undefined && st.sentenceIds.includes(sentence))
      .map((st) => doc.actors.find((a) => a.id === st.speakerId)?.name);
  };

  it('gives each clause after "while" or "in a move X called" its own statement', () => {
    const doc = extract('The European Commission said Peru must "uphold democratic values", while Berlin called the arrest "a serious setback".');
    expect(speakersOf(doc, 'serious setback')).toEqual(['European Commission', 'Germany']);
    const move = extract('Japan will ban exports of chip tools from May 15, the Ministry of Economy, Trade and Industry said Thursday, in a move Beijing called "economic coercion."');
    expect(speakersOf(move, 'ban exports')).toContain('Ministry of Economy, Trade and Industry');
    expect(speakersOf(move, 'ban exports')).toContain('China');
  });

  it('adds nothing when the clauses share their speaker or the second has none', () => {
    const doc = extract('Acme Corp. said sales rose 4 per cent, while profits fell, the company said.');
    expect(speakersOf(doc, 'sales rose')).toEqual(['Acme Corp.']);
  });
});

describe("a state's institution written as a common noun", () => {
  it('is the state speaking, as the newest labelling conventions read it', () => {
    const adjective = extract('Chile and Peru traded accusations. "Peru will not allow its territory to be used," the Peruvian foreign ministry said.');
    expect(speakerOf(adjective, 'will not allow its territory')).toBe('Peru');
    // (The state must be an actor of the text already: this rule gives statements, it does not add actors.)
    const possessive = extract('Peru and Chile resumed talks. A drone struck a pumping station on Sunday, killing four soldiers, Peru\'s defence ministry said.');
    expect(speakerOf(possessive, 'killing four soldiers')).toBe('Peru');
    const pointer = extract("Peru and Chile resumed talks. Peru's foreign ministry summoned the Chilean envoy on Tuesday to protest, the ministry said in a statement.");
    expect(speakerOf(pointer, 'summoned the Chilean envoy')).toBe('Peru');
  });

  it('leaves a ministry written as a name its own speaker', () => {
    const doc = extract('The Ministry of Foreign Affairs of Peru said it had summoned the Chilean envoy.');
    expect(speakerOf(doc, 'summoned the Chilean envoy')).toBe('Ministry of Foreign Affairs of Peru');
  });
});

describe('verbs and clauses of saying', () => {
  it('reads a welcome and thanks as statements of their subject', () => {
    expect(speakerOf(extract('Quebecor Inc., whose Freedom Mobile unit is the fourth-largest carrier, welcomed the rules.'), 'welcomed the rules')).toBe('Quebecor Inc.');
    expect(speakerOf(extract('President Rodrigo Vargas thanked the police and intelligence services in a post on X.'), 'thanked the police')).toBe('Rodrigo Vargas');
  });

  it("gives a body's relative clause of saying to the body", () => {
    const doc = extract('The raid follows complaints from the Federation of Peruvian Consumers Associations, which accused big retailers of keeping prices high.');
    expect(speakerOf(doc, 'keeping prices high')).toBe('Federation of Peruvian Consumers Associations');
  });

  it('looks past a parenthesised acronym and a relative clause to the subject', () => {
    const doc = extract('The Peruvian Prudential Regulation Authority (Pepra), which supervises funds, said it had ordered an independent review.');
    expect(speakerOf(doc, 'independent review')).toBe('Peruvian Prudential Regulation Authority');
  });
});

describe('subjects that are long or described', () => {
  it('reads a trailing attribution whose long name fills it', () => {
    const doc = extract('Chile and Peru pledged emergency aid on Tuesday as the death toll rose to 14, '
      + 'the National Disaster Risk Reduction and Management Council (NDRRMC) said.');
    expect(speakerOf(doc, 'death toll rose')).toBe('National Disaster Risk Reduction and Management Council');
  });

  it('gives a sentence-opening description with a modifier ("The junta led by X said") the body it describes', () => {
    const doc = extract("Peru's military government on Thursday expelled Chile's ambassador. "
      + 'The junta led by Gen. Luis Prado said in a statement that the expulsion was "a sovereign act".');
    expect(speakerOf(doc, 'a sovereign act')).toBe('Peru');
  });
});

describe('an armed service written as a common noun', () => {
  it('keeps its own statement (data/eval/LABELLING.md: a lower-case armed service is its own actor)', () => {
    const doc = extract('India and Pakistan traded fire overnight. "We will respond to any violation," the Indian army said in a statement.');
    expect(speakerOf(doc, 'respond to any violation')).not.toBe('India');
  });
});

describe('outlets, experts, embassies and findings', () => {
  it("gives an outlet's own report to the outlet when nobody else in the sentence speaks", () => {
    const paper = extract('The inquiry began after the newspaper El Comercio reported in May that a firm had received payments from a broadcaster.');
    expect(speakerOf(paper, 'had received payments')).toBe('El Comercio');
  });

  it("gives a named body's unnamed experts and its embassy abroad to the body or state", () => {
    expect(speakerOf(extract('UN experts have accused Chile of deploying troops along the border.'), 'deploying troops')).toBe('United Nations');
    const embassy = extract('The Russian embassy in Lima dismissed the accusations as "fantasies" and said Peru had no evidence.');
    expect(speakerOf(embassy, 'fantasies')).toBe('Russia');
  });

  it("reads a body's finding after its statement as its statement", () => {
    const doc = extract('The Peruvian Data Protection Authority said the lender had kept records unencrypted. '
      + 'It found that the bank had waited 11 days before notifying the regulator.');
    expect(speakerOf(doc, 'waited 11 days')).toBe('Peruvian Data Protection Authority');
  });
});

describe('descriptions after "according to", brands and participles after "with"', () => {
  it('gives "according to the finance ministry" the state it belongs to', () => {
    const doc = extract('Peru raised fuel taxes. Oil provides about 90 percent of government revenue, according to the finance ministry.');
    expect(speakerOf(doc, 'Oil provides')).toBe('Peru');
  });

  it('reads a brand as a qualifier of a description ("the iPhone maker said")', () => {
    const doc = extract('Acme Corp. said it would appeal. "This is unfair," the eBook maker said in a statement.');
    expect(speakerOf(doc, 'This is unfair')).toBe('Acme Corp.');
  });

  it('gives "with X calling …" to X', () => {
    const doc = extract('Lima reacted angrily, with Peruvian President Rosa Quispe calling the pact "an alliance aimed at Peru".');
    expect(speakerOf(doc, 'an alliance aimed at Peru')).toBe('Rosa Quispe');
  });
});

describe('a description opening the sentence before a coordinated verb of saying', () => {
  it('is the subject, not the first name after its own verb', () => {
    const doc = extract("Peru and Chile resumed talks. Peru's defence ministry said a drone had struck a pumping station. "
      + 'The ministry blamed the Shining Path (SP), an armed group active in the region, and said the site had been "partially destroyed".');
    expect(speakerOf(doc, 'partially destroyed')).toBe('Peru');
  });
});

describe('participles of saying', () => {
  it('gives ", saying only that …" after a pronoun subject to the person it points back to', () => {
    const doc = extract('Foreign Minister Ana Ruiz thanked the mediators. She declined to say whether a ransom had been paid, saying only that Peru "does not negotiate".');
    expect(speakerOf(doc, 'does not negotiate')).toBe('Ana Ruiz');
  });

  it('gives "X issued guidelines … saying …" to X', () => {
    const doc = extract('Hostile bids have become common since the Securities Market Commission issued guidelines in 2023 saying boards should weigh credible offers.');
    expect(speakerOf(doc, 'boards should weigh')).toBe('Securities Market Commission');
  });
});
