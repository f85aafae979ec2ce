import type { Doc, LayerName } from './doc.js';
import { NewsgraphError } from './errors.js';

/** One analysis step with one job: it reads the layers it `requires` and adds those it `assigns`. */
export interface Component {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): void;
}

export interface PipelineOptions {
  /** Component names to leave out; components that need their layers are left out too. */
  disable?: readonly string[];
}

/**
 * Runs components in order. Built once, run per document: the order is checked at construction so a
 * component never sees a layer that an earlier one did not assign.
 */
export class Pipeline {
  readonly components: readonly Component[];
  readonly disabled: readonly string[];

  constructor(components: readonly Component[], options?: PipelineOptions) {
    const disable = new Set(options?.disable ?? []);
    const unknown = [...disable].filter((name) => !components.some((c) => c.name === name));
    if (unknown.length > 0) {
      const known = components.map((c) => c.name).join(', ');
      throw new NewsgraphError('NG_E008', `--disable ${unknown.join(',')}`, `known: ${known}`);
    }
    const kept: Component[] = [];
    const available = new Set<LayerName>();
    for (const component of components) {
      const missing = component.requires.filter((layer) => !available.has(layer));
      if (disable.has(component.name)) continue;
      if (missing.length > 0) {
        if (options?.disable?.length) {
          disable.add(component.name);
          continue;
        }
        throw new NewsgraphError('NG_E010', component.name, `needs ${missing.join(', ')}`);
      }
      for (const layer of component.assigns) available.add(layer);
      kept.push(component);
    }
    this.components = kept;
    this.disabled = [...disable];
  }

  get names(): string[] {
    return this.components.map((c) => c.name);
  }

  run(doc: Doc): Doc {
    for (const component of this.components) {
      component.run(doc);
      for (const layer of component.assigns) doc.markAssigned(layer);
    }
    return doc;
  }
}
