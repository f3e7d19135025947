// The event triggers added in the sixth session: force ("exchanged fire", "stormed", "struck" a target), taking office,
// referendums and runoffs, staged strikes and sit-ins, hearings before a committee, declared emergencies. And what
// the same words mean elsewhere, where they must not make an event: an earthquake or a court "struck", a deal
// "struck", a police raid, power "seized", a politician who "clashed with" a court, a court appearance.
import { describe, expect, it } from 'vitest';
import { eventIn, extract } from './rule-probes.ts';

// 2025-03-12 is a Wednesday.
const at = (text: string) => extract(text, '2025-03-12');

describe('event triggers: force', () => {
  it('reads clashes, exchanged fire, storming and strikes on a target as attacks, dated', () => {
    const doc = at('Thai and Cambodian troops exchanged fire near a disputed temple on Monday. Gunmen stormed a police station in Kano on Tuesday. '
      + 'Russian drones struck the port of Izmail on Sunday. Police fired tear gas at protesters in Lagos on Tuesday.');
    expect(eventIn(doc, 'ATTACK', 'exchanged fire')?.date).toBe('2025-03-10');
    expect(eventIn(doc, 'ATTACK', 'stormed')?.date).toBe('2025-03-11');
    expect(eventIn(doc, 'ATTACK', 'struck the port')?.date).toBe('2025-03-09');
    expect(eventIn(doc, 'ATTACK', 'fired tear gas')?.date).toBe('2025-03-11');
  });

  it('makes no attack of a disaster, a court, a deal, a raid, a coup or a quarrel', () => {
    const doc = at('A magnitude 6.8 earthquake struck central Myanmar on Friday. The Constitutional Court struck down the law on Monday. '
      + 'The deal was struck on the margins of the summit. Investigators raided the company headquarters on Tuesday. '
      + 'The general seized power in the capital on Sunday. Mr Noboa has clashed with the court before.');
    for (const snippet of ['earthquake', 'struck down', 'deal was struck', 'raided', 'seized power', 'clashed']) {
      expect(eventIn(doc, 'ATTACK', snippet), snippet).toBeUndefined();
    }
  });
});

describe('event triggers: office, votes, protest, hearings, declarations', () => {
  it('reads taking office and swearing in as appointments, a referendum and a runoff as elections', () => {
    const doc = at('Carlos Malaver was sworn in as interior minister on Monday. Voters in New Caledonia approved the new status in a referendum on Sunday. '
      + 'Daniel Noboa won the runoff on Sunday.');
    expect(eventIn(doc, 'APPOINTMENT', 'sworn in')?.date).toBe('2025-03-10');
    expect(eventIn(doc, 'ELECTION', 'referendum')?.date).toBe('2025-03-09');
    expect(eventIn(doc, 'ELECTION', 'runoff')?.date).toBe('2025-03-09');
  });

  it('reads staged strikes, sit-ins and a coming march as protests, the march dated ahead, not in March', () => {
    const doc = at('Bus drivers staged a citywide strike in Lima on Monday. About 200 residents staged a sit-in outside the town hall on Tuesday. '
      + 'The union said it would march to parliament on Friday.');
    expect(eventIn(doc, 'PROTEST', 'citywide strike')?.date).toBe('2025-03-10');
    expect(eventIn(doc, 'PROTEST', 'sit-in')?.date).toBe('2025-03-11');
    expect(eventIn(doc, 'PROTEST', 'march to parliament')?.date).toBe('2025-03-14');
  });

  it('reads an appearance before a committee as a meeting, but not one before a court', () => {
    const doc = at('Anna Reilly will appear before a Senate committee on Thursday. Mizanur Rahman will appear before a Dhaka court on Thursday.');
    expect(eventIn(doc, 'MEETING', 'Senate committee')?.date).toBe('2025-03-13');
    expect(eventIn(doc, 'MEETING', 'Dhaka court')).toBeUndefined();
  });

  it('reads a declared emergency and a budget to be presented as announcements', () => {
    const doc = at('The World Health Organization declared a public health emergency on Friday. The ministry is due to present the budget to Congress on Monday.');
    expect(eventIn(doc, 'ANNOUNCEMENT', 'declared')?.date).toBe('2025-03-07');
    expect(eventIn(doc, 'ANNOUNCEMENT', 'present the budget')?.date).toBe('2025-03-17');
  });
});
