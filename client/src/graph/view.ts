// The one module that owns the Cytoscape instance. Everything else talks to the graph through this small API, so
// panels stay plain DOM code and the renderer (canvas or WebGL) is a detail of this file.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet, largeGraphStylesheet } from './style.ts';
import { FCOSE_MAX_NODES, fcoseOptions, ringPositions, workerLayout } from './layout.ts';
import type { Positions } from './force-positions.ts';
import { LARGE_GRAPH_ELEMENTS, fitToPositions, setLargeGraphMode, settleBoundingBoxes, withPositions } from './render-tuning.ts';

cytoscape.use(fcose);

export interface ViewEvents {
  onSelect(id: string | null, group: 'nodes' | 'edges' | null): void;
  onExpand(id: string): void;
  onLayoutProgress?(message: string): void;
}

export interface ViewOptions {
  webgl?: boolean;
  labels?: boolean;
}

export type GraphView = ReturnType<typeof createGraphView>;

export function createGraphView(container: HTMLElement, events: ViewEvents, options: ViewOptions = {}) {
  const cy: Core = cytoscape({
    container,
    style: stylesheet({ labels: options.labels ?? true }),
    wheelSensitivity: 0.4,
    minZoom: 0.02,
    maxZoom: 4,
    // The WebGL renderer is a setting for users with a GPU; on software GL it is slower than canvas.
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);

  cy.on('tap', (event) => {
    const target = event.target as Core | NodeSingular;
    if (target === cy) events.onSelect(null, null);
    else events.onSelect((target as NodeSingular).id(), (target as NodeSingular).isNode() ? 'nodes' : 'edges');
  });
  // Cytoscape reports a dbltap for two quick taps on different nodes too; only the same node twice expands.
  let lastTap = { id: '', at: 0 };
  cy.on('tap', 'node', (event) => {
    const id = (event.target as NodeSingular).id();
    const now = performance.now();
    if (lastTap.id === id && now - lastTap.at < 450) events.onExpand(id);
    lastTap = { id, at: now };
  });

  const collect = (elementIds: string[]) => {
    let collection = cy.collection();
    for (const id of elementIds) collection = collection.union(cy.getElementById(id));
    return collection;
  };
  const ids = () => new Set(cy.nodes().map((n) => n.id()));

  /** Places every node at the given positions and fits them, without measuring labels (render-tuning.ts). */
  function placeAll(positions: Positions): void {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = positions[n.id()];
        if (p) n.position(p);
      });
    });
    const { zoom, pan } = fitToPositions(positions, container.clientWidth, container.clientHeight);
    cy.viewport({ zoom, pan });
    if (cy.elements().length > LARGE_GRAPH_ELEMENTS) settleBoundingBoxes(cy);
  }

  async function layoutAll(positions?: Positions): Promise<void> {
    const count = cy.nodes().length;
    if (positions) {
      placeAll(positions);
    } else if (count <= FCOSE_MAX_NODES) {
      cy.layout(fcoseOptions(false)).run();
    } else {
      events.onLayoutProgress?.(`Laying out ${count} nodes…`);
      const result = await workerLayout(
        { nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().map((e) => [e.source().id(), e.target().id()]) },
        (done, total) => events.onLayoutProgress?.(`Laying out ${count} nodes… ${Math.round((100 * done) / total)}%`),
      );
      placeAll(result.positions);
      events.onLayoutProgress?.('');
    }
  }

  return {
    /** Replaces the whole graph; positions (from a saved view) skip the layout. */
    async replace(elements: ElementDefinition[], positions?: Positions): Promise<void> {
      cy.elements().remove();
      const large = elements.length > LARGE_GRAPH_ELEMENTS;
      setLargeGraphMode(cy, large);
      cy.style(large ? largeGraphStylesheet({ labels: options.labels ?? true }) : stylesheet({ labels: options.labels ?? true }));
      cy.batch(() => {
        cy.add(positions ? withPositions(elements, positions) : elements);
      });
      await layoutAll(positions);
    },

    /** Adds what is new (by id), placed on a ring around `around`; returns the ids of the added elements. */
    add(elements: ElementDefinition[], around?: string): string[] {
      const existing = ids();
      const fresh = elements.filter((e) => !cy.getElementById(String(e.data.id)).nonempty());
      const added = cy.add(fresh);
      const newNodeIds = added.nodes().map((n) => n.id()).filter((id) => !existing.has(id));
      const origin = around ? cy.getElementById(around) : null;
      const center = origin?.nonempty() ? origin.position() : { x: 0, y: 0 };
      const ring = ringPositions(center, newNodeIds);
      added.nodes().forEach((n) => {
        const p = ring[n.id()];
        if (p) n.position(p);
      });
      return added.map((e) => e.id());
    },

    remove(elementIds: string[]): ElementDefinition[] {
      const collection = collect(elementIds);
      const removed = collection.union(collection.connectedEdges()).remove();
      return removed.jsons() as unknown as ElementDefinition[];
    },

    restore(definitions: ElementDefinition[]): void {
      cy.add(definitions.filter((d) => cy.getElementById(String(d.data.id)).empty()));
    },

    setHidden(nodeIds: string[], hidden: boolean): void {
      for (const id of nodeIds) cy.getElementById(id).toggleClass('hidden', hidden);
    },

    hiddenIds: (): string[] => cy.nodes('.hidden').map((n) => n.id()),
    nodeIds: (): string[] => cy.nodes().map((n) => n.id()),
    selectedIds: (): string[] => cy.$(':selected').map((e) => e.id()),
    /** Nodes a person can see (not hidden, not filtered out), with their labels: for keyboard navigation. */
    visibleNodes: (): { id: string; label: string }[] => cy.nodes().filter((n) => n.visible()).map((n) => ({ id: n.id(), label: String(n.data('label') ?? n.id()) })),
    unselectedVisibleNodeIds: (): string[] => cy.nodes(':unselected').filter((n) => !n.hasClass('hidden')).map((n) => n.id()),
    edgeCount: (): number => cy.edges().filter((e) => e.visible()).length,
    /** Relations hidden by a filter (their own, or because an end node is filtered out). */
    filteredEdgeCount: (): number => cy.edges().filter((e) => e.hasClass('filtered') || e.connectedNodes('.filtered').nonempty()).length,
    pathIds: (): string[] => cy.elements('.path').map((e) => e.id()),
    isShown: (id: string): boolean => cy.getElementById(id).visible(),
    has: (id: string): boolean => cy.getElementById(id).nonempty(),
    dataOf: (id: string): Record<string, unknown> | null => {
      const element = cy.getElementById(id);
      return element.nonempty() ? (element.data() as Record<string, unknown>) : null;
    },
    neighbourIds: (id: string): string[] => cy.getElementById(id).neighborhood().map((e) => e.id()),

    select(id: string, centre = true): void {
      cy.$(':selected').unselect();
      const element = cy.getElementById(id);
      if (element.empty()) return;
      element.select();
      if (centre) cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
    },

    /** Filter: nodes failing the predicate (and their edges) get the .filtered class. */
    filter(keep: (data: Record<string, unknown>) => boolean, keepEdge: (data: Record<string, unknown>) => boolean = () => true): number {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          n.toggleClass('filtered', !keep(n.data() as Record<string, unknown>));
        });
        cy.edges().forEach((e) => {
          e.toggleClass('filtered', !keepEdge(e.data() as Record<string, unknown>));
        });
      });
      return cy.nodes('.filtered').length;
    },

    highlight(elementIds: string[]): void {
      cy.batch(() => {
        cy.elements().removeClass('path faded');
        if (elementIds.length === 0) return;
        const path = collect(elementIds);
        cy.elements().difference(path).addClass('faded');
        path.addClass('path');
      });
      if (elementIds.length > 0) cy.animate({ fit: { eles: cy.elements('.path'), padding: 80 } }, { duration: 300 });
    },

    positions(): Positions {
      const out: Positions = {};
      cy.nodes().forEach((n) => {
        const p = n.position();
        out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
      });
      return out;
    },

    relayout: () => layoutAll(),
    fit: () => cy.fit(undefined, 30),
    png: (): string => cy.png({ full: true, scale: 1, bg: '#ffffff', output: 'base64uri' }) as string,
    elementsJson: (): ElementDefinition[] => cy.elements().jsons() as unknown as ElementDefinition[],
    renderedPosition(id: string): { x: number; y: number } | null {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return null;
      const box = container.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    /** On-screen size of a node, for tests that check the style drew it as it should. */
    renderedSize: (id: string): { width: number; height: number } => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { width: node.renderedWidth(), height: node.renderedHeight() } : { width: 0, height: 0 };
    },
    onViewportChange(handler: () => void): void {
      cy.on('viewport dragfree', handler);
    },
    viewport: () => ({ zoom: cy.zoom(), pan: cy.pan() }),
    setViewport(zoom: number, pan: { x: number; y: number }) {
      cy.viewport({ zoom, pan });
    },
    destroy: () => cy.destroy(),
  };
}
