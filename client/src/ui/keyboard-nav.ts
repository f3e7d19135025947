// Moving the selection from node to node without a mouse: the visible nodes in a fixed order (by label, then id, so
// the order does not jump as the layout moves), and a step forward or back that wraps around. Pure.
export interface NavNode {
  id: string;
  label: string;
}

export function navOrder(nodes: readonly NavNode[]): string[] {
  return [...nodes].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id)).map((n) => n.id);
}

/** The id `step` places after `current` (before, when negative), wrapping; the first (or last) when nothing is selected. */
export function stepSelection(order: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  if (order.length === 0) return undefined;
  const at = current === undefined ? -1 : order.indexOf(current);
  if (at < 0) return step > 0 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}
