// Link diagnostics: duplicate-bridge (R4), missing-return-link (R5), self-link and dangling-link.

import { describe, expect, it } from 'vitest';
import { broker, link, noc, only, sorted, topology } from '../helpers/build';
import { single } from '../helpers/checks';

const PRESETS = ['mcollective', 'plain'] as const;

describe('duplicate-bridge (R4)', () => {
  it('fires on a duplex link plus its reverse link, naming both brokers and both links', () => {
    for (const preset of PRESETS) {
      const d = single(only(topology(['a', 'b'], ['a<>b', 'b>a'], { preset }), 'duplicate-bridge'));
      expect(d.severity).toBe('error');
      expect(sorted(d.brokers)).toEqual(['a', 'b']);
      expect(sorted(d.links)).toEqual(['a-b', 'b-a']);
    }
  });

  it('fires on two duplex links between the same pair, one held by each side', () => {
    const list = only(topology(['a', 'b'], ['a<>b', 'b<>a']), 'duplicate-bridge');
    expect(list.length).toBeGreaterThanOrEqual(1);
    for (const d of list) expect(sorted(d.links)).toEqual(['a-b', 'b-a']);
  });

  it('fires on two simplex links in the same direction', () => {
    const t = topology(['a', 'b'], [link('a>b', { name: 'x' }), link('a>b', { name: 'y' }), 'b>a']);
    const d = single(only(t, 'duplicate-bridge'));
    expect(d.severity).toBe('error');
    expect(sorted(d.brokers)).toEqual(['a', 'b']);
    expect(sorted(d.links)).toEqual(['x', 'y']);
  });

  it('is silent on a duplex link alone, on a simplex pair, and on links to different brokers', () => {
    for (const preset of PRESETS) {
      expect(only(topology(['a', 'b'], ['a<>b'], { preset }), 'duplicate-bridge')).toEqual([]);
      expect(only(topology(['a', 'b'], ['a>b', 'b>a'], { preset }), 'duplicate-bridge')).toEqual([]);
      expect(only(topology(['a', 'b', 'c'], ['a<>b', 'a<>c', 'c<>b'], { preset }), 'duplicate-bridge')).toEqual([]);
    }
  });
});

describe('missing-return-link (R5)', () => {
  it('fires on a one-way simplex link, naming both ends and the link', () => {
    for (const preset of PRESETS) {
      const d = single(only(topology([noc('a'), 'b'], ['a>b'], { preset }), 'missing-return-link'));
      expect(d.severity).toBe('error');
      expect(sorted(d.brokers)).toEqual(['a', 'b']);
      expect(d.links).toEqual(['a-b']);
    }
  });

  it('fires for each pair of a one-way ring: reaching back round the ring is not a return link', () => {
    const list = only(topology(['a', 'b', 'c'], ['a>b', 'b>c', 'c>a']), 'missing-return-link');
    expect(list).toHaveLength(3);
    expect(sorted(list.map((d) => d.links.join()))).toEqual(['a-b', 'b-c', 'c-a']);
  });

  it('fires only for the one-way link of a network that is otherwise duplex', () => {
    const d = single(only(topology([noc('n'), 'a', 'b'], ['n<>a', 'n>b']), 'missing-return-link'));
    expect(sorted(d.brokers)).toEqual(['b', 'n']);
    expect(d.links).toEqual(['n-b']);
  });

  it('is silent on duplex links (held by either side) and on a simplex link each way', () => {
    for (const preset of PRESETS) {
      expect(only(topology(['a', 'b'], ['a<>b'], { preset }), 'missing-return-link')).toEqual([]);
      expect(only(topology(['a', 'b'], ['b<>a'], { preset }), 'missing-return-link')).toEqual([]);
      expect(only(topology(['a', 'b'], ['a>b', 'b>a'], { preset }), 'missing-return-link')).toEqual([]);
    }
  });

  it('is silent on a link to nowhere (that is dangling-link, not a missing return)', () => {
    expect(only(topology(['a'], ['a>ghost']), 'missing-return-link')).toEqual([]);
  });
});

describe('self-link', () => {
  it('fires on a link from a broker to itself, simplex or duplex', () => {
    for (const spec of ['a>a', 'a<>a']) {
      const d = single(only(topology(['a', 'b'], [spec, 'a<>b']), 'self-link'));
      expect(d.severity).toBe('error');
      expect(d.brokers).toEqual(['a']);
      expect(d.links).toEqual(['a-a']);
    }
  });

  it('names the link by its own name when it has one', () => {
    expect(single(only(topology(['a'], [link('a>a', { name: 'loop' })]), 'self-link')).links).toEqual(['loop']);
  });

  it('is silent on links between two brokers', () => {
    expect(only(topology(['a', 'b'], ['a<>b', 'b>a']), 'self-link')).toEqual([]);
  });
});

describe('dangling-link', () => {
  it('fires on a link to a broker that does not exist, naming the existing end and the missing name', () => {
    const d = single(only(topology(['a'], ['a>ghost']), 'dangling-link'));
    expect(d.severity).toBe('error');
    expect(d.brokers).toEqual(['a']);
    expect(d.links).toEqual(['a-ghost']);
    expect(d.message).toContain('ghost');
  });

  it('fires on a link from a broker that does not exist', () => {
    const d = single(only(topology(['a'], ['ghost<>a']), 'dangling-link'));
    expect(d.brokers).toEqual(['a']);
    expect(d.message).toContain('ghost');
  });

  it('fires once on a link with neither end existing, naming both', () => {
    const d = only(topology(['a'], ['g1>g2']), 'dangling-link');
    expect(d).toHaveLength(1);
    expect(d[0].brokers).toEqual([]);
    expect(d[0].message).toContain('g1');
    expect(d[0].message).toContain('g2');
  });

  it('matches names exactly: a trailing space or another case is a different broker', () => {
    expect(only(topology(['a', 'b'], ['a>b ']), 'dangling-link')).toHaveLength(1);
    expect(only(topology(['a', 'b'], ['a>B']), 'dangling-link')).toHaveLength(1);
  });

  it('is silent on links between existing brokers, including external ones', () => {
    expect(only(topology(['a', broker('ext', { role: 'external' })], ['a<>ext']), 'dangling-link')).toEqual([]);
  });
});
