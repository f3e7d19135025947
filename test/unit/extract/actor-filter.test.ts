// The learned actor filter's parts: the features of real candidates, the score, the drop (coherent: nothing in the
// assembled document points at a dropped actor, speakers are never dropped), and the training (labels from the
// eval's own matcher, deterministic output).
import { describe, expect, it } from 'vitest';
import { extractArticle, extractCandidates } from '../../../server/loader/extract/extract-article.ts';
import { actorFeatures, FEATURE_NAMES } from '../../../server/loader/extract/actor-features.ts';
import { droppedActors, scoreOf, type ActorFilterModel } from '../../../server/loader/extract/actor-filter.ts';
import { defaultGazetteer } from '../../../server/loader/extract/gazetteer.ts';
import { candidateRows, fitLogistic, modelJson, trainModel, type Row } from '../../../scripts/train-actor-filter.ts';

const TEXT = 'Poland Signs Tank Deal\nWARSAW — Defence Minister Anna Novak said on Monday that Poland would buy 180 tanks from '
  + 'Hyundai Rotem. "This is a historic day," Novak told reporters. Hyundai Rotem said the first tanks would arrive in '
  + 'Warsaw next year. The Spanish navy ship ESPS Victoria docked in Gdansk.';
const input = { text: TEXT, meta: { title: 'Poland Signs Tank Deal', publishedAt: '2025-03-10' }, fileName: 'filter-test.txt' };
const g = defaultGazetteer();

const featuresOf = (key: string): Record<string, number> => {
  const v = actorFeatures(extractCandidates(input, g), g).get(key);
  if (!v) throw new Error(`no candidate ${key}`);
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, v[i] as number]));
};
const model = (threshold: number, weights: Record<string, number> = {}, bias = 0): ActorFilterModel => ({
  description: 'test', features: [...FEATURE_NAMES], weights: FEATURE_NAMES.map((n) => weights[n] ?? 0), bias, threshold, trainedOn: [],
});

describe('actor features', () => {
  it('reads a titled speaker from the rules and the words around her', () => {
    const f = featuresOf('Anna Novak');
    expect(f).toMatchObject({ 'kind=person': 1, role: 1, speaker: 1, firstAfterTitle: 1, anySpeechVerbAfter: 1, gazetteer: 0, 'words=2': 1 });
    expect(f.shareExactName).toBe(0.5); // "Anna Novak", then "Novak"
    expect(f['log1p(mentions)']).toBeCloseTo(Math.log1p(2));
  });

  it('marks a known state acting in an event, and a ship named by its prefix', () => {
    expect(featuresOf('Poland')).toMatchObject({ 'kind=state': 1, gazetteer: 1, gazetteerSameKind: 1, eventAgent: 1, speaker: 0 });
    expect(featuresOf('ESPS Victoria')).toMatchObject({ shipPrefix: 1, oneMention: 1, gazetteer: 0, speaker: 0 });
    expect(featuresOf('Spain')).toMatchObject({ firstAfterThe: 1, firstBeforeLowerNoun: 1, oneMention: 1 });
  });
});

describe('actor filter', () => {
  it('scores by the logistic of the weighted features', () => {
    const f = actorFeatures(extractCandidates(input, g), g).get('Anna Novak') as number[];
    expect(scoreOf(model(0.5, { speaker: 2, role: 0.5 }, -1), f)).toBeCloseTo(1 / (1 + Math.exp(-1.5)));
  });

  it('drops what scores below the threshold, never a speaker, and leaves nothing pointing at a dropped actor', () => {
    const all = model(0.6); // every candidate scores 0.5
    expect([...droppedActors(extractCandidates(input, g), g, all)].sort()).toEqual(['ESPS Victoria', 'Hyundai Motor', 'Poland', 'Spain']);
    const doc = extractArticle(input, g, { actorFilter: all });
    const ids = new Set(doc.actors.map((a) => a.id));
    expect([...ids].sort()).toEqual(['actor:anna-novak', 'actor:rotem']);
    expect(doc.mentions.every((m) => ids.has(m.actorId))).toBe(true);
    expect(doc.events.flatMap((e) => e.participants).every((p) => ids.has(p.actorId))).toBe(true);
    expect(doc.events.flatMap((e) => e.summary.includes('Poland') ? [e] : [])).toEqual([]);
    const eventIds = new Set(doc.events.map((e) => e.id));
    expect(doc.statements.every((s) => ids.has(s.speakerId) && s.aboutIds.every((a) => ids.has(a) || eventIds.has(a)))).toBe(true);
    expect(doc.affiliations.every((a) => ids.has(a.actorId) && ids.has(a.affiliateId))).toBe(true);
    expect(doc.statements).toHaveLength(extractArticle(input, g).statements.length);
  });

  it('changes nothing when every candidate clears the threshold', () => {
    expect(extractArticle(input, g, { actorFilter: model(0.4) })).toEqual(extractArticle(input, g));
  });
});

describe('actor filter training', () => {
  it('labels candidates with the eval matcher: heldout, which the rules get exactly right, has only true positives', () => {
    const texts = candidateRows(['heldout']);
    expect(texts).toHaveLength(8);
    const rows = texts.flatMap((t) => t.rows);
    expect(rows.every((r) => r.positive)).toBe(true);
    expect(rows).toHaveLength(texts.reduce((n, t) => n + t.labelled, 0));
  });

  it('fits a weight that separates the classes, the same on every run', () => {
    const at = FEATURE_NAMES.indexOf('speaker');
    const row = (speaker: number, positive: boolean, i: number): Row => ({
      split: 's', file: `f${i}`, key: `k${i}`, positive, protected: false,
      features: FEATURE_NAMES.map((_, j) => (j === at ? speaker : 0)),
    });
    const rows = [...Array.from({ length: 20 }, (_, i) => row(1, i % 10 !== 0, i)), ...Array.from({ length: 20 }, (_, i) => row(0, i % 5 === 0, i + 20))];
    const fit = fitLogistic(rows);
    expect(fit.weights[at]).toBeGreaterThan(2);
    expect(fit.bias).toBeLessThan(-0.5);
    expect(fitLogistic(rows)).toEqual(fit);
  });

  it('writes the same model file from the same splits', () => {
    const texts = candidateRows(['heldout-v2', 'heldout-v3']);
    const first = modelJson(trainModel(texts));
    expect(modelJson(trainModel(candidateRows(['heldout-v2', 'heldout-v3'])))).toBe(first);
    const parsed = JSON.parse(first) as ActorFilterModel;
    expect(parsed.features).toEqual([...FEATURE_NAMES]);
    expect(parsed.trainedOn).toEqual(['heldout-v2', 'heldout-v3']);
    expect(parsed.weights).toHaveLength(FEATURE_NAMES.length);
  });
});
