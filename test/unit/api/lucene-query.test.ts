import { describe, expect, it } from 'vitest';
import { escapeLuceneTerm, toLuceneQuery } from '../../../server/graph/lucene-query.ts';

describe('toLuceneQuery', () => {
  it('escapes every Lucene operator character', () => {
    expect(escapeLuceneTerm('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&&o||p')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&\\&o\\|\\|p',
    );
  });

  it('defuses boolean keywords and field syntax', () => {
    expect(toLuceneQuery('AND OR NOT')).toBe('and or not not*');
    expect(toLuceneQuery('name:korea')).toBe('name\\:korea name\\:korea*');
  });

  it('adds a prefix match on the last word only when it ends in a letter or digit', () => {
    expect(toLuceneQuery('  kim   yo ')).toBe('kim yo yo*');
    expect(toLuceneQuery('x')).toBe('x');
    expect(toLuceneQuery('korea?')).toBe('korea\\?');
    expect(toLuceneQuery('Pyŏngyang')).toBe('Pyŏngyang Pyŏngyang*');
  });

  it('never produces an empty query', () => {
    expect(toLuceneQuery('   ')).toBe('""');
  });
});
