// The actors of one article as they are found: canonical name → kind, aliases, role; plus their mentions and the
// affiliations the text states. Keys are canonical names, so two spellings that resolve to one name merge.
import type { ActorKind } from '../graph-document.ts';
import type { ActorInfo, ActorMention, AffiliationFact, PlaceMention } from './extract-types.ts';

export class ActorTable {
  readonly actors = new Map<string, ActorInfo>();
  readonly mentions: ActorMention[] = [];
  readonly places: PlaceMention[] = [];
  readonly affiliations: AffiliationFact[] = [];
  readonly nonActors = new Set<string>(); // names the text shows to be a thing's or a place's ("the New Glenn rocket")
  private bySentence: Map<number, ActorMention[]> | null = null; // mentionsIn's index, dropped on every change

  actor(name: string, kind: ActorKind, role?: string): string {
    const existing = this.actors.get(name);
    if (existing) {
      if (role && !existing.role) existing.role = role;
      return name;
    }
    this.actors.set(name, { name, kind, aliases: new Set(), ...(role ? { role } : {}) });
    return name;
  }

  // The first finder wins an overlap, unless `replace`: a description ("the DPRK defense minister") absorbs the
  // names inside it, which qualify the person rather than take part themselves.
  mention(key: string, text: string, start: number, end: number, sentence: number, replace = false): void {
    const overlapping = (m: ActorMention) => m.start < end && start < m.end;
    if (replace) {
      if (this.mentions.some((m) => overlapping(m) && (m.start < start || m.end > end))) return;
      for (let i = this.mentions.length - 1; i >= 0; i -= 1) if (overlapping(this.mentions[i] as ActorMention)) this.mentions.splice(i, 1);
      this.bySentence = null;
    }
    if (this.mentions.some(overlapping)) return;
    this.bySentence = null;
    if (!replace) this.actors.get(key)?.aliases.add(text); // "the official" is a pointer, not a name
    this.mentions.push({ key, text, start, end, sentence });
  }

  unmention(m: ActorMention): void {
    const i = this.mentions.indexOf(m);
    if (i >= 0) this.mentions.splice(i, 1);
    this.bySentence = null;
  }

  place(name: string, text: string, start: number, end: number, sentence: number): void {
    if (this.places.some((p) => p.start < end && start < p.end)) return;
    this.places.push({ name, text, start, end, sentence });
  }

  affiliate(actor: string, affiliate: string, role: string, sentence: number): void {
    if (actor === affiliate) return;
    const same = this.affiliations.find((a) => a.actor === actor && a.affiliate === affiliate);
    if (same) {
      if (!same.role && role) same.role = role;
      return;
    }
    this.affiliations.push({ actor, affiliate, role, sentence });
  }

  // A body named earlier whose initials spell this acronym ("ASIC", "CMA"), by its name or any alias.
  byInitials(acronym: string): string | undefined {
    if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
    const initials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    // "FDA" also spells the end of "U.S. Food and Drug Administration": a leading state is not in the acronym.
    const spells = (n: string) => initials(n) === acronym || (acronym.length >= 3 && initials(n).endsWith(acronym) && initials(n).length - acronym.length === 1);
    return [...this.actors.values()].find((a) => a.kind !== 'person' && a.kind !== 'state' && [a.name, ...a.aliases].some(spells))?.name;
  }

  // Evidence later in the article that a name taken for a person's names a body ("Rio Tinto, which …"): a person
  // with no title is re-typed; a titled one stays.
  retype(key: string, kind: ActorKind): void {
    const actor = this.actors.get(key);
    if (actor && actor.kind === 'person' && !actor.role) actor.kind = kind;
  }

  affiliatesOf(key: string): string[] {
    return this.affiliations.filter((a) => a.actor === key).map((a) => a.affiliate);
  }

  // Read once per sentence by several steps (speakers, events): indexed lazily, in text order.
  mentionsIn(sentence: number): ActorMention[] {
    if (!this.bySentence) {
      this.bySentence = new Map();
      for (const m of [...this.mentions].sort((a, b) => a.start - b.start)) {
        const list = this.bySentence.get(m.sentence);
        if (list) list.push(m);
        else this.bySentence.set(m.sentence, [m]);
      }
    }
    return this.bySentence.get(sentence) ?? [];
  }
}
