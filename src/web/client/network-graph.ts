import cytoscape from 'cytoscape';
import type { Edge } from './types';

/**
 * NOTE: coupled to cytoscape's renderer, which injects an inline <style> unless an element with
 * this id exists. The dashboard's CSP forbids inline styles, so styles.css carries its one rule.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.append(placeholder);
}

/** Draws actors as nodes and event counts as weighted edges; loaded only by the network view. */
export function drawNetwork(
  container: HTMLElement,
  edges: readonly Edge[],
  on: { actor: (code: string) => void; dyad: (source: string, target: string) => void },
): () => void {
  const actors = new Map<string, number>();
  for (const e of edges) {
    actors.set(e.source, (actors.get(e.source) ?? 0) + e.events);
    actors.set(e.target, (actors.get(e.target) ?? 0) + e.events);
  }
  claimCytoscapeStylesheet();
  const heaviest = Math.max(1, ...edges.map((e) => e.events));
  const graph = cytoscape({
    container,
    elements: [
      ...[...actors].map(([id, events]) => ({ data: { id, label: id, events } })),
      ...edges.map((e, i) => ({
        data: {
          id: `e${i}`,
          source: e.source,
          target: e.target,
          events: e.events,
          width: 1 + (7 * e.events) / heaviest,
          tone: e.goldstein ?? 0,
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': '#2b5d8a',
          color: '#111',
          'font-size': 11,
          width: 'mapData(events, 1, 50, 14, 44)',
          height: 'mapData(events, 1, 50, 14, 44)',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': 'mapData(tone, -10, 10, #b2182b, #1b7837)',
          'target-arrow-color': 'mapData(tone, -10, 10, #b2182b, #1b7837)',
        },
      },
    ],
    layout: { name: actors.size > 2 ? 'cose' : 'circle', animate: false },
  });
  graph.on('tap', 'node', (event) => on.actor(String(event.target.id())));
  graph.on('tap', 'edge', (event) =>
    on.dyad(String(event.target.data('source')), String(event.target.data('target'))),
  );
  return () => graph.destroy();
}
