// The words after a state's name, demonym or possessive that make the state the owner of people or organs who act
// for it ("US officials", "Japan's ruling coalition", "Polish troops", "the Chinese embassy"): with one of them the
// state acts in the story, so the rules that drop a state named only as a place or a description
// (place-only-states.ts, state-descriptions.ts) keep it.
import { ROLE_NOUNS } from './lexicon.ts';

const ROLES = [...ROLE_NOUNS].filter((w) => /^[a-z]+$/.test(w));

// Its government and institutions, its forces and their arms, its people in office or on a mission, its teams, and
// what a state does through them (strikes, sanctions) or they do (ruling, warring).
const AGENT_WORDS = [
  'government', 'administration', 'ministry', 'ministries', 'ministers?', 'prime minister', 'cabinet', 'parliament',
  'lawmakers', 'regime', 'state', 'leaders?', 'leadership', 'officials?', 'authorities', 'regulators?', 'prosecutors?',
  'courts?', 'central bank', 'foreign', 'defen[cs]e', 'interior', 'security', 'intelligence', 'spy', 'agents?',
  'hackers', 'officers', 'military', 'army', 'navy', 'air force', 'forces', 'troops', 'soldiers', 'police',
  'coast guard', 'vessels?', 'ships?', 'warships?', 'jets?', 'aircraft', 'drones?', 'embassy', 'consulate', 'mission',
  'delegation', 'diplomats?', 'envoys?', 'representatives?', 'negotiators?', 'mediators?', 'counterparts?', 'side',
  'team', 'squad', 'nationals', 'people', 'voters', 'ruling', 'warring', 'strikes?', 'attacks?', 'sanctions',
];

// One alternation of all of them, for a regular expression.
export const STATE_AGENTS = [...ROLES, ...AGENT_WORDS].join('|');
