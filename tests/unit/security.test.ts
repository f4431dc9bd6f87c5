// Security helpers of the model (src/model/security.ts, securityFixes.ts, the export option): MCollective defaults,
// password generation and its uniformity, masking for display, the bridge-user fixes on the real validator, and
// an export whose default bytes do not change when the keytool option exists.

import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyMcollectiveDefaults, buildZip, exampleTopology, exportFiles, generatePassword, maskPasswords, mcollectiveAuthorization,
  mcollectiveUsers, PASSWORD_ALPHABET, suggestedPasswords, type Topology, validate,
} from '../../src/model';
import { fixesFor } from '../../src/model/fixes';
import { tempDir } from './cli/helpers';
import { broker, link, noc, topology } from './helpers/build';

const PW = { bridge: 'bridge-pass-123456', server: 'server-pass-123456', client: 'client-pass-123456' };
const codes = (t: Topology) => validate(t).map((d) => d.code);
const secured = (over = {}) => ({ users: mcollectiveUsers(PW), authorization: mcollectiveAuthorization(), ...over });

/** Two MCollective brokers joined by a duplex link that logs in as amq. */
function pair(): Topology {
  return topology([noc('noc', secured()), broker('de', secured())], [link('noc<>de', { userName: 'amq', password: PW.bridge })]);
}

describe('applyMcollectiveDefaults', () => {
  it('adds the three users and the simple restrictions to a bare broker, and the pair then validates clean of auth errors', () => {
    let t = topology([noc('noc', secured()), broker('de')], [link('noc<>de', { userName: 'amq', password: PW.bridge })]);
    const before = structuredClone(t);
    t = applyMcollectiveDefaults(t, 'de', PW);
    expect(t.brokers[1].users).toEqual(mcollectiveUsers(PW));
    expect(t.brokers[1].authorization).toEqual(mcollectiveAuthorization());
    expect(t.brokers[0]).toEqual(before.brokers[0]);
    expect(codes(before)).toContain('no-authentication');
    expect(codes(t).filter((c) => /bridge-user|no-authentication|unused-group/.test(c))).toEqual([]);
  });

  it('keeps existing users and entries as they are and adds only what is missing', () => {
    const own = { username: 'amq', password: 'my-own-password-1', groups: ['ops'] };
    const entry = { topic: '>', read: ['ops'], write: ['ops'], admin: ['ops'] };
    const t = topology([broker('de', { users: [own], authorization: [entry] })]);
    const b = applyMcollectiveDefaults(t, 'de', PW).brokers[0];
    expect(b.users).toEqual([own, ...mcollectiveUsers(PW).slice(1)]);
    expect(b.authorization![0]).toEqual(entry);
    expect(b.authorization!.filter((e) => e.topic === '>')).toHaveLength(1);
    expect(b.authorization).toHaveLength(5);
    expect(t.brokers[0].users).toEqual([own]);
  });

  it('suggests the passwords the network already uses, and generates only the missing ones', () => {
    const t = topology([noc('noc', secured()), broker('de')], [link('noc<>de', { userName: 'amq', password: 'link-password-99' })]);
    let n = 0;
    const p = suggestedPasswords(t, 'de', () => `fresh-${++n}`);
    expect(p).toEqual({ bridge: 'link-password-99', server: PW.server, client: PW.client });
    expect(suggestedPasswords(topology([broker('x')]), 'x', () => `fresh-${++n}`)).toEqual({ bridge: 'fresh-1', server: 'fresh-2', client: 'fresh-3' });
  });
});

describe('generatePassword', () => {
  it('gives 20 characters of the alphabet by default, none of the characters that need escaping', () => {
    const p = generatePassword((n) => crypto.getRandomValues(new Uint8Array(n)));
    expect(p).toHaveLength(20);
    for (const c of p) expect(PASSWORD_ALPHABET).toContain(c);
    expect(PASSWORD_ALPHABET).not.toMatch(/['"<&${\\`]/);
    expect(new Set(PASSWORD_ALPHABET).size).toBe(PASSWORD_ALPHABET.length);
    expect(generatePassword((n) => crypto.getRandomValues(new Uint8Array(n)), 64)).toHaveLength(64);
  });

  it('maps bytes without bias: every byte value once gives every character equally often, the rest is rejected', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    let served = false;
    const once = (n: number) => { if (served) return new Uint8Array(n).fill(255); served = true; return all; };
    const n = PASSWORD_ALPHABET.length;
    const usable = 256 - (256 % n);
    const p = generatePassword(once, usable);
    const counts = new Map<string, number>();
    for (const c of p) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(new Set(counts.values())).toEqual(new Set([usable / n]));
    // A source that only returns rejected bytes fails loudly rather than looping for ever.
    expect(() => generatePassword((k) => new Uint8Array(k).fill(255))).toThrow(/unusable/);
  });
});

describe('maskPasswords', () => {
  it('hides every password in a generated file and nothing else; the export keeps the real values', () => {
    const t = pair();
    t.brokers[0].ssl = { keyStore: 'broker.ks', keyStorePassword: 'ks-secret-value', trustStore: 'broker.ts', trustStorePassword: 'ts-secret-value' };
    const xml = exportFiles(t)[0].content;
    for (const s of [PW.bridge, PW.server, PW.client, 'ks-secret-value', 'ts-secret-value']) expect(xml).toContain(s);
    const masked = maskPasswords(xml);
    for (const s of [PW.bridge, PW.server, PW.client, 'ks-secret-value', 'ts-secret-value']) expect(masked).not.toContain(s);
    expect(masked).toContain('password="••••••"');
    expect(masked).toContain('keyStorePassword="••••••"');
    expect(masked).toContain('username="amq"');
    // Only the values of password attributes changed.
    expect(masked).toBe(xml.replace(/(password=)"[^"]*"/gi, '$1"••••••"'));
  });

  it('hides Spring property values named like a password, in either quote', () => {
    expect(maskPasswords(`<property name="password" value='x1'/><property name="user" value="u"/><a dbPassword='y2'/>`))
      .toBe(`<property name="password" value='••••••'/><property name="user" value="u"/><a dbPassword='••••••'/>`);
  });
});

describe('bridge-user fixes', () => {
  it('adds the missing bridge user to the broker that lacks it, which clears bridge-user-unknown', () => {
    const t = pair();
    t.brokers[1].users = t.brokers[1].users!.filter((u) => u.username !== 'amq');
    const before = structuredClone(t);
    const d = validate(t).find((x) => x.code === 'bridge-user-unknown')!;
    const fixes = fixesFor(t, d);
    expect(fixes.map((f) => f.label)).toEqual(['Add the bridge user to de']);
    const fixed = fixes[0].apply(t);
    expect(fixed.brokers[1].users!.at(-1)).toEqual({ username: 'amq', password: PW.bridge, groups: ['admins', 'everyone'] });
    expect(codes(fixed)).not.toContain('bridge-user-unknown');
    expect(t).toEqual(before);
  });

  it('sets the user\'s password to the link\'s when the user exists with another one', () => {
    const t = pair();
    t.brokers[0].users![0] = { ...t.brokers[0].users![0], password: 'changed-password-1' };
    const d = validate(t).find((x) => x.code === 'bridge-user-unknown')!;
    const [fix] = fixesFor(t, d);
    expect(fix.label).toBe('Set amq\'s password on noc to the link\'s');
    const fixed = fix.apply(t);
    expect(fixed.brokers[0].users![0].groups).toEqual(['admins', 'everyone']);
    expect(codes(fixed)).not.toContain('bridge-user-unknown');
  });

  it('offers nothing for a link without credentials (there is no user to add)', () => {
    const t = pair();
    delete t.links[0].userName;
    delete t.links[0].password;
    expect(fixesFor(t, validate(t).find((x) => x.code === 'bridge-user-unknown')!)).toEqual([]);
  });

  it.each([
    ['no advisory group (mcollective.> only)', ['mcollective']],
    ['no forwarding group', ['everyone']],
    ['no group at all', []],
  ])('grants the advisory and forwarding rights (%s), which clears bridge-user-unauthorized', (_, groups) => {
    const t = pair();
    for (const b of t.brokers) b.users![0] = { ...b.users![0], groups };
    const before = structuredClone(t);
    const d = validate(t).find((x) => x.code === 'bridge-user-unauthorized')!;
    const fixes = fixesFor(t, d);
    expect(fixes.map((f) => f.label)).toEqual(['Grant the advisory rights']);
    const fixed = fixes[0].apply(t);
    expect(codes(fixed).filter((c) => c.startsWith('bridge-user'))).toEqual([]);
    expect(fixed.brokers[0].authorization!.filter((e) => e.topic === 'ActiveMQ.Advisory.>')).toHaveLength(1);
    expect(t).toEqual(before);
  });
});

describe('export option keytoolScript', () => {
  const t = exampleTopology('noc-and-countries');

  it('leaves the default files and zip bytes as they were', () => {
    expect(exportFiles(t, {})).toEqual(exportFiles(t));
    expect(exportFiles(t).some((f) => f.path === 'make-keystores.sh')).toBe(false);
    // The zip as buildZip made it before options existed: same entries, only mtime set.
    const mtime = new Date(1980, 0, 1, 0, 0, 0);
    const old = zipSync(Object.fromEntries(exportFiles(t).map((f) => [f.path, [new TextEncoder().encode(f.content), { mtime }]])), { level: 6, mtime });
    expect(Buffer.from(buildZip(t)).equals(Buffer.from(old))).toBe(true);
    expect(Buffer.from(buildZip(t, { keytoolScript: false })).equals(Buffer.from(old))).toBe(true);
  });

  it('adds an executable make-keystores.sh and names it in the README', () => {
    const files = exportFiles(t, { keytoolScript: true });
    expect(files.at(-1)!.path).toBe('make-keystores.sh');
    expect(files.find((f) => f.path === 'README.txt')!.content).toContain('make-keystores.sh');
    const dir = tempDir();
    const zip = join(dir, 'net.zip');
    writeFileSync(zip, buildZip(t, { keytoolScript: true }));
    expect(execFileSync('zipinfo', [zip, 'make-keystores.sh'], { encoding: 'utf8' })).toMatch(/^-rwxr-xr-x/);
    expect(execFileSync('zipinfo', [zip, 'README.txt'], { encoding: 'utf8' })).not.toMatch(/^-rwx/);
  });
});
