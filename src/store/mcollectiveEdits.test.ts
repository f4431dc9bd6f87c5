// Store edits and MCollective groups (issue 7): failover lists follow a broker's rename and lose a deleted broker;
// brokers whose lists do not change stay the same objects; group edits are one undo step each.

import { beforeEach, describe, expect, it } from 'vitest';
import { exampleTopology, type Topology } from '../model';
import { deleteSelected, renameBroker, updateBroker } from './actions';
import { initialState, select, undo, useDesigner } from './designerStore';

const state = () => useDesigner.getState();
const broker = (name: string) => state().current.network.brokers.find((b) => b.name === name)!;

function withGroups(): Topology {
  const t = exampleTopology('noc-and-countries');
  const at = (n: string) => t.brokers.find((b) => b.name === n)!;
  at('de').servers = { name: 'de-web', count: 30, failover: ['fr', 'noc'] };
  at('uk').servers = { name: 'uk-db', count: 2 };
  at('noc').clients = { name: 'operators', failover: ['de', 'fr'] };
  return t;
}

beforeEach(() => useDesigner.setState(initialState(withGroups())));

describe('MCollective failover lists in store edits', () => {
  it('follow a rename of the broker they name', () => {
    const uk = broker('uk');
    expect(renameBroker(2, 'france').ok).toBe(true);
    expect(broker('de').servers).toEqual({ name: 'de-web', count: 30, failover: ['france', 'noc'] });
    expect(broker('noc').clients).toEqual({ name: 'operators', failover: ['de', 'france'] });
    expect(broker('uk')).toBe(uk);
    undo();
    expect(broker('de').servers!.failover).toEqual(['fr', 'noc']);
  });

  it('follow a rename of a broker whose own group names others', () => {
    expect(renameBroker(0, 'hub').ok).toBe(true);
    expect(broker('de').servers!.failover).toEqual(['fr', 'hub']);
    expect(broker('hub').clients!.failover).toEqual(['de', 'fr']);
  });

  it('stay put when another broker keeps the old name', () => {
    const t = withGroups();
    t.brokers.push({ ...structuredClone(t.brokers[2]), position: { x: 0, y: 500 } });
    useDesigner.setState(initialState(t));
    expect(renameBroker(2, 'france').ok).toBe(true);
    expect(broker('de').servers!.failover).toEqual(['fr', 'noc']);
  });

  it('lose a deleted broker and keep the others in order', () => {
    const uk = broker('uk');
    select({ brokers: [2], links: [] });
    deleteSelected();
    expect(broker('de').servers!.failover).toEqual(['noc']);
    expect(broker('noc').clients!.failover).toEqual(['de']);
    expect(broker('uk')).toBe(uk);
    select({ brokers: [0], links: [] });
    deleteSelected();
    expect(broker('de').servers).toEqual({ name: 'de-web', count: 30, failover: [] });
    undo();
    undo();
    expect(broker('de').servers!.failover).toEqual(['fr', 'noc']);
  });

  it('makes a new topology per group edit, one undo step each', () => {
    const before = state().current.network;
    updateBroker(1, { servers: { name: 'de-web', count: 31, failover: ['fr', 'noc'] } });
    expect(state().current.network).not.toBe(before);
    expect(before.brokers[1].servers!.count).toBe(30);
    updateBroker(1, { servers: undefined });
    expect('servers' in broker('de')).toBe(false);
    undo();
    expect(broker('de').servers!.count).toBe(31);
    undo();
    expect(state().current.network).toBe(before);
  });
});
