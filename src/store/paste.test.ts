// Pasting copies: clearly beside the originals (below the copied group, not a few pixels over it), each copy on a
// host of its own or on free ports where its host is an address, and the links among the copied brokers copied.

import { beforeEach, describe, expect, it } from 'vitest';
import { exampleTopology, type Topology, validate } from '../model';
import { copySelected, pasteClipboard } from './actions';
import { initialState, select, useDesigner } from './designerStore';
import { plural } from './plural';

const state = () => useDesigner.getState();
const codes = () => validate(state().current.network).map((d) => d.code);

beforeEach(() => useDesigner.setState(initialState(exampleTopology('noc-and-countries'))));

describe('paste', () => {
  it('puts the copy below the original, on a host named after it, with no port-conflict', () => {
    const de = state().current.network.brokers.findIndex((b) => b.name === 'de');
    select({ brokers: [de], links: [] });
    copySelected();
    pasteClipboard();
    const { network, positions } = state().current;
    const copy = network.brokers.at(-1)!;
    expect(copy.name).toBe('de2');
    expect(copy.host).toBe('de2.example.net');
    expect(positions.at(-1)!.y - positions[de].y).toBeGreaterThanOrEqual(120);
    expect(codes()).not.toContain('port-conflict');
    // A second paste goes further again.
    pasteClipboard();
    expect(state().current.positions.at(-1)!.y - positions.at(-1)!.y).toBeGreaterThanOrEqual(120);
    expect(state().current.network.brokers.at(-1)!.host).toBe('de3.example.net');
  });

  it('keeps an address host and moves the copy to free ports on it', () => {
    const t: Topology = {
      format: 'amq-topology/1', settings: { preset: 'plain' }, links: [],
      brokers: [{ name: 'a', role: 'broker', host: '10.0.0.5', transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }, { name: 'stomp', uri: 'stomp://0.0.0.0:61617' }], position: { x: 0, y: 0 } }],
    };
    useDesigner.setState(initialState(t));
    select({ brokers: [0], links: [] });
    copySelected();
    pasteClipboard();
    const copy = state().current.network.brokers[1];
    expect(copy.host).toBe('10.0.0.5');
    expect(copy.transports.map((x) => x.uri)).toEqual(['tcp://0.0.0.0:61618', 'stomp://0.0.0.0:61619']);
    expect(codes()).not.toContain('port-conflict');
  });

  it('copies the links among the copied brokers, renamed to the copies', () => {
    const names = state().current.network.brokers.map((b) => b.name);
    select({ brokers: [names.indexOf('noc'), names.indexOf('fr')], links: [] });
    copySelected();
    const before = state().current.network.links.length;
    pasteClipboard();
    const { links } = state().current.network;
    expect(links).toHaveLength(before + 1);
    expect([links.at(-1)!.from, links.at(-1)!.to].sort()).toEqual(['fr2', 'noc2']);
  });
});

describe('plural', () => {
  it('counts one and many', () => {
    expect([plural(0, 'link'), plural(1, 'link'), plural(2, 'link'), plural(1200, 'broker')]).toEqual(['0 links', '1 link', '2 links', '1,200 brokers']);
  });
});
