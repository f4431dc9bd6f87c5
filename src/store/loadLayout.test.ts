// The layout a network opened without positions gets (ELK, so it takes a while) never overwrites what the user did
// meanwhile: a layout chosen (the radial one lands at once) or a broker moved. CI caught the radial layout being
// replaced by the slower layered one started when the file was opened.

import { beforeEach, describe, expect, it } from 'vitest';
import { type Topology } from '../model';
import { setPositions } from './actions';
import { initialState, layOutLoaded, moveBrokers, useDesigner } from './designerStore';
import { radialPositions } from './layout/radial';

const star = (spokes: number): Topology => ({
  format: 'amq-topology/1', settings: { preset: 'plain' },
  brokers: [{ name: 'noc', role: 'noc' }, ...Array.from({ length: spokes }, (_, i) => ({ name: `s${i}` }))],
  links: Array.from({ length: spokes }, (_, i) => ({ from: `s${i}`, to: 'noc', duplex: true })),
}) as Topology;

const state = () => useDesigner.getState();

beforeEach(() => useDesigner.setState(initialState(star(12))));

describe('the layout on open', () => {
  it('replaces the placeholder positions when nothing changed meanwhile', async () => {
    const placeholders = state().current.positions;
    await layOutLoaded(state().current);
    expect(state().current.positions).not.toBe(placeholders);
    expect(state().current.positions).toHaveLength(13);
  });

  it('keeps a layout the user chose while it ran', async () => {
    const pending = layOutLoaded(state().current);
    const radial = radialPositions(state().current.network);
    setPositions(radial);
    await pending;
    expect(state().current.positions).toBe(radial);
  });

  it('keeps a broker the user moved while it ran', async () => {
    const pending = layOutLoaded(state().current);
    moveBrokers([{ index: 3, position: { x: 4000, y: 4000 } }]);
    await pending;
    expect(state().current.positions[3]).toEqual({ x: 4000, y: 4000 });
  });
});
