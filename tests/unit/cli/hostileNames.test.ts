// Hostile broker and network names (`../evil`, `a/b`, `..`, quotes, `<`): export never writes outside its target.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Topology } from '../../../src/model';
import { cli, listFiles, tempDir, writeTopology } from './helpers';

const HOSTILE = ['../evil', 'a/b', '..', '.', '', 'q"<x>&\'', '/abs', 'a\\b', '../../../../tmp/x', 'README.txt', 'noc'];

function hostileTopology(): Topology {
  return {
    format: 'amq-topology/1',
    name: '../../escape',
    settings: { preset: 'mcollective' },
    brokers: HOSTILE.map((name, i) => ({ name, role: 'broker' as const, host: `h${i}.example`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })),
    links: [],
  };
}

function safeSegment(s: string) {
  expect(s).not.toBe('');
  expect(s).not.toMatch(/^\.+$/);
  expect(s).not.toMatch(/[/\\:<>"|?*]/);
}

describe('hostile names', () => {
  it('--out writes one file per broker, each directly inside the output dir', () => {
    const dir = tempDir();
    const file = writeTopology(dir, hostileTopology());
    const out = join(dir, 'a', 'b', 'out');
    const r = cli('export', file, '--out', out, '--force');
    expect(r.code).toBe(0);
    const all = listFiles(dir);
    const outside = all.filter((p) => !p.startsWith('a/b/out/'));
    expect(outside).toEqual(['net.amq.json']);
    const written = listFiles(out);
    expect(written).toHaveLength(HOSTILE.length);
    for (const p of written) {
      expect(p.endsWith('.xml')).toBe(true);
      safeSegment(p.slice(0, -4));
    }
  });

  it('each written file holds the broker it is named after, under its real name', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    expect(cli('export', writeTopology(dir, hostileTopology()), '--out', out, '--force').code).toBe(0);
    const names = listFiles(out).map((p) => {
      const m = /brokerName="([^"]*)"/.exec(readFileSync(join(out, p), 'utf8'));
      return m![1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    });
    expect(names.sort()).toEqual([...HOSTILE].sort());
  });

  it('--zip entries stay relative, without `..`, and never clash as file and folder', () => {
    const dir = tempDir();
    const zip = join(dir, 'net.zip');
    expect(cli('export', writeTopology(dir, hostileTopology()), '--zip', zip, '--force').code).toBe(0);
    expect(listFiles(dir)).toEqual(['net.amq.json', 'net.zip']);
    const paths = Object.keys(unzipSync(new Uint8Array(readFileSync(zip))));
    expect(paths).toHaveLength(HOSTILE.length + 2);
    for (const p of paths) {
      const segments = p.split('/');
      segments.forEach(safeSegment);
      expect(segments.length).toBeLessThanOrEqual(2);
    }
    const folders = new Set(paths.filter((p) => p.includes('/')).map((p) => p.split('/')[0].toLowerCase()));
    const topLevelFiles = paths.filter((p) => !p.includes('/')).map((p) => p.toLowerCase());
    expect(folders.size).toBe(HOSTILE.length);
    expect(topLevelFiles.filter((f) => folders.has(f))).toEqual([]);
  });
});
