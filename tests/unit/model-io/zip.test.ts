// buildZip determinism: same bytes on every call, in every time zone (TZ=Asia/Tokyo vs UTC subprocesses), fixed dates.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, exampleTopology, exportFiles, validate } from '../../../src/model';
import { cliProcess, tempDir, writeTopology } from '../cli/helpers';

/** Each central-directory entry's name and DOS date/time words. */
function centralEntries(zip: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: { name: string; time: number; date: number }[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    out.push({ name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)), time: view.getUint16(i + 12, true), date: view.getUint16(i + 14, true) });
  }
  return out;
}

describe('buildZip', () => {
  it('gives the same bytes on two calls, and for a copy of the topology', () => {
    const t = exampleTopology('noc-and-countries');
    const a = buildZip(t);
    expect(Buffer.from(buildZip(t)).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(buildZip(structuredClone(t))).equals(Buffer.from(a))).toBe(true);
  });

  it('changes when the topology changes', () => {
    const t = exampleTopology('noc-and-countries');
    const u = exampleTopology('noc-and-countries');
    u.brokers[1].host = 'elsewhere.example.net';
    expect(Buffer.from(buildZip(u)).equals(Buffer.from(buildZip(t)))).toBe(false);
  });

  it('holds the exportFiles entries, in their order, with their contents', () => {
    const t = exampleTopology('mesh-of-three');
    const zip = buildZip(t);
    const files = exportFiles(structuredClone(t));
    expect(centralEntries(zip).map((e) => e.name)).toEqual(files.map((f) => f.path));
    const unzipped = unzipSync(zip);
    for (const f of files) expect(new TextDecoder().decode(unzipped[f.path])).toBe(f.content);
  });

  it('stamps every entry 1980-01-01 00:00 (DOS date 0x0021, time 0)', () => {
    const entries = centralEntries(buildZip(exampleTopology('clustering-2009')));
    expect(entries.length).toBeGreaterThan(2);
    for (const e of entries) expect([e.name, e.date, e.time]).toEqual([e.name, (0 << 9) | (1 << 5) | 1, 0]);
  });

  it('gives the same bytes under TZ=Asia/Tokyo and TZ=UTC (CLI subprocesses) as in this process', () => {
    const dir = tempDir();
    const t = exampleTopology('noc-and-countries');
    const file = writeTopology(dir, t);
    const zips = ['Asia/Tokyo', 'UTC'].map((tz) => {
      const out = join(dir, `${tz.replace('/', '-')}.zip`);
      const r = cliProcess(['export', file, '--zip', out], { TZ: tz });
      expect(r.code, r.err).toBe(0);
      return readFileSync(out);
    });
    expect(zips[0].equals(zips[1])).toBe(true);
    expect(zips[0].equals(Buffer.from(buildZip(t, { diagnostics: validate(t) })))).toBe(true);
  });
});
