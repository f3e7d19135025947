// Undo/redo of view changes (expansions, collapses, hides). Each command knows how to apply and revert itself;
// doing something new clears the redo stack, as in every editor.
export interface Command {
  label: string;
  apply(): void;
  revert(): void;
}

export class History {
  private done: Command[] = [];
  private undone: Command[] = [];

  constructor(private readonly onChange: () => void = () => {}) {}

  run(command: Command): void {
    command.apply();
    this.done.push(command);
    this.undone = [];
    this.onChange();
  }

  undo(): Command | null {
    const command = this.done.pop();
    if (!command) return null;
    command.revert();
    this.undone.push(command);
    this.onChange();
    return command;
  }

  redo(): Command | null {
    const command = this.undone.pop();
    if (!command) return null;
    command.apply();
    this.done.push(command);
    this.onChange();
    return command;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.onChange();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Labels of what undo and redo would do next, for button titles. */
  get next(): { undo: string | null; redo: string | null } {
    return { undo: this.done.at(-1)?.label ?? null, redo: this.undone.at(-1)?.label ?? null };
  }
}
