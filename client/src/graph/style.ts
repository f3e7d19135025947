// The Cytoscape stylesheet. Actor kinds use the Okabe–Ito palette (distinguishable with common colour blindness);
// node size follows degree; edge colour follows stance (red conflict → grey → green cooperation, set in to-elements).
// Labels are hidden below a readable on-screen size (min-zoomed-font-size), which is also what keeps big graphs fast.
import type { Css, StylesheetJson } from 'cytoscape';

export const KIND_COLORS: Record<string, string> = {
  person: '#0072B2',
  state: '#D55E00',
  organization: '#009E73',
  military: '#6A3D9A',
  media: '#B07800',
  group: '#CC79A7',
  event: '#56B4E9',
  statement: '#E8D43A',
  sentence: '#B8BEC6',
  place: '#7F8C8D',
  article: '#34495E',
};

export const KIND_LABELS: Record<string, string> = {
  person: 'Person', state: 'State', organization: 'Organisation', military: 'Military', media: 'Media',
  group: 'Group', event: 'Event', statement: 'Statement', sentence: 'Sentence', place: 'Place', article: 'Article',
};

export interface StyleOptions {
  labels: boolean;
}

export function stylesheet(options: StyleOptions = { labels: true }): StylesheetJson {
  const kindRules = Object.entries(KIND_COLORS).map(([kind, color]) => ({
    selector: `node.${kind}`,
    style: { 'background-color': color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: options.labels ? 'data(label)' : '',
        width: 'mapData(degree, 0, 12, 22, 64)',
        height: 'mapData(degree, 0, 12, 22, 64)',
        'background-color': '#8a8f98',
        'border-width': 1.5,
        'border-color': '#ffffff',
        color: '#14181d',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
      },
    },
    ...kindRules,
    { selector: 'node.event', style: { shape: 'diamond' } },
    { selector: 'node.statement', style: { shape: 'round-rectangle' } },
    { selector: 'node.sentence', style: { shape: 'ellipse', width: 14, height: 14 } },
    { selector: 'node.place', style: { shape: 'triangle' } },
    { selector: 'node.article', style: { shape: 'rectangle' } },
    { selector: 'node.state, node.organization, node.military', style: { shape: 'round-hexagon' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(count, 1, 6, 1.5, 6)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: options.labels ? 'data(label)' : '',
        'font-size': 10,
        color: '#2b3138',
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
        opacity: 0.85,
      },
    },
    { selector: 'node:selected', style: { 'border-color': '#111111', 'border-width': 4, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { width: 6, opacity: 1 } },
    // Node and edge rules apart: an edge's `width` on a node would squash it to a sliver.
    { selector: 'node.path', style: { 'border-color': '#FFB000', 'border-width': 5, opacity: 1, 'z-index': 10 } },
    { selector: 'edge.path', style: { 'line-color': '#FFB000', 'target-arrow-color': '#FFB000', width: 6, opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

/**
 * The sheet for big graphs, written out rather than layered over the small one: every property a rule sets is work
 * per element when styles are applied, so it sets only what shows at that scale. Straight (haystack) edges without
 * arrows or labels, no borders or text outlines, size from precomputed data (no mapData per element); node labels
 * only where they are readable on screen (min-zoomed-font-size).
 */
export function largeGraphStylesheet(options: StyleOptions = { labels: true }): StylesheetJson {
  const kindRules = Object.entries(KIND_COLORS).map(([kind, color]) => ({ selector: `node.${kind}`, style: { 'background-color': color } }));
  return [
    {
      selector: 'node',
      style: {
        label: options.labels ? 'data(label)' : '',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#8a8f98',
        'font-size': 8,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        color: '#14181d',
      },
    },
    ...kindRules,
    { selector: 'edge', style: { 'curve-style': 'haystack', width: 1, 'line-color': 'data(color)', opacity: 0.6 } },
    // While panning, the view is a moved texture of the last frame: the strip it does not cover is the canvas's white
    // instead of Cytoscape's grey. A press on a big graph does not activate (render-tuning.ts); no grey disc either.
    // Cytoscape's type for core style lists every core property as required; these two are all this sheet sets.
    { selector: 'core', style: { 'outside-texture-bg-color': '#ffffff', 'active-bg-opacity': 0 } as Css.Core },
    { selector: 'node:selected', style: { 'border-color': '#111111', 'border-width': 3 } },
    { selector: 'node.path', style: { 'border-color': '#FFB000', 'border-width': 4, opacity: 1, 'z-index': 10 } },
    { selector: 'edge.path', style: { 'line-color': '#FFB000', width: 4, opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
