import { describe, expect, it } from 'vitest';
import { Doc, type LayerName } from './doc.js';
import { type Component, Pipeline } from './pipeline.js';

function component(
  name: string,
  requires: LayerName[],
  assigns: LayerName[],
  log: string[],
): Component {
  return { name, requires, assigns, run: () => log.push(name) };
}

describe('Pipeline', () => {
  it('runs components in order and records the layers they assign', () => {
    const log: string[] = [];
    const pipeline = new Pipeline([
      component('tok', [], ['tokens'], log),
      component('sent', ['tokens'], ['sentences'], log),
    ]);
    const doc = pipeline.run(new Doc('text'));
    expect(log).toEqual(['tok', 'sent']);
    expect(doc.has('sentences')).toBe(true);
  });

  it('refuses an order where a component reads a layer nobody assigned before it', () => {
    const log: string[] = [];
    const build = () =>
      new Pipeline([
        component('sent', ['tokens'], ['sentences'], log),
        component('tok', [], ['tokens'], log),
      ]);
    expect(build).toThrow(/NG_E010.*sent.*tokens/u);
  });

  it('leaves out a disabled component and those that need its layers', () => {
    const log: string[] = [];
    const pipeline = new Pipeline(
      [
        component('tok', [], ['tokens'], log),
        component('quotes', ['tokens'], ['quotes'], log),
        component('events', ['quotes'], ['events'], log),
        component('times', ['tokens'], ['times'], log),
      ],
      { disable: ['quotes'] },
    );
    expect(pipeline.names).toEqual(['tok', 'times']);
    expect(pipeline.disabled).toEqual(['quotes', 'events']);
  });

  it('names the unknown component and the known ones', () => {
    expect(
      () => new Pipeline([component('tok', [], ['tokens'], [])], { disable: ['nope'] }),
    ).toThrow(/--disable nope.*known: tok/u);
  });
});
