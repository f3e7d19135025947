// The explorer's keys. Ctrl+` toggles the console from anywhere (the editor included); the rest apply outside text
// fields: Ctrl+Z / Ctrl+Y undo and redo, Delete hides the selection, / goes to search, Escape clears a highlighted
// path, and on the focused canvas the arrow keys move the selection from node to node and Enter expands it.
export interface ShortcutActions {
  toggleConsole(): void;
  undo(): void;
  redo(): void;
  hideSelected(): void;
  focusSearch(): void;
  clearHighlight(): void;
  expandSelected(): void;
  step(direction: 1 | -1): void;
}

export function mountKeyboardShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && (event.key === '`' || event.code === 'Backquote')) {
      event.preventDefault();
      actions.toggleConsole();
      return;
    }
    if (target.closest('input, textarea, select, .cm-editor')) return;
    const onCanvas = target.id === 'cy';
    if (ctrl && event.key === 'z') actions.undo();
    else if (ctrl && (event.key === 'y' || (event.shiftKey && event.key === 'Z'))) actions.redo();
    else if (event.key === 'Delete') actions.hideSelected();
    else if (event.key === '/') actions.focusSearch();
    else if (event.key === 'Escape') actions.clearHighlight();
    else if (onCanvas && event.key === 'Enter') actions.expandSelected();
    else if (onCanvas && (event.key === 'ArrowRight' || event.key === 'ArrowDown')) actions.step(1);
    else if (onCanvas && (event.key === 'ArrowLeft' || event.key === 'ArrowUp')) actions.step(-1);
    else return;
    event.preventDefault();
  });
}
