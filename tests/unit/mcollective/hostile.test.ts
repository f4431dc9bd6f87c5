// Hostile text in cfg values: MCollective reads a value raw to the end of its line, so a value with a line break
// (or outer white space, or nothing) must never be written; "#" and "=" inside values are fine. Names quoted in
// comments cannot break out of them. parseMcollectiveCfg follows MCollective's own parser.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFiles, parseMcollectiveCfg, type Topology } from '../../../src/model';
import { pairWithGroups } from './helpers';

const DC1 = 'dc1-broker';
const serverCfg = (t: Topology) => exportFiles(t).find((f) => f.path === `${DC1}/server.cfg`)!.content;
const withPassword = (password: string) => {
  const t = pairWithGroups();
  t.brokers[1].users!.find((u) => u.username === 'mcollective')!.password = password;
  return t;
};
const KEYS = ['connector', 'plugin.activemq.pool.size', 'plugin.activemq.randomize', 'plugin.activemq.heartbeat_interval', 'plugin.activemq.pool.1.host', 'plugin.activemq.pool.1.port', 'plugin.activemq.pool.1.user', 'plugin.activemq.pool.1.password'];

describe('parseMcollectiveCfg', () => {
  it('reads like MCollective: comments only at line start, key up to the first "=", value raw to the line end', () => {
    expect(parseMcollectiveCfg('# c = 1\nconnector = activemq\n  a.b  =  x=y # not a comment  \r\nempty =\n #x = 2\nk = 1\nk = 2\n')).toEqual({
      connector: 'activemq', 'a.b': 'x=y # not a comment', '#x': '2', k: '2',
    });
  });
});

describe('values', () => {
  it('"#", "=", quotes, $ and unicode inside a password are written raw and read back exactly', () => {
    const pw = 'p#w=1 "q" $HOME ünï 密码';
    expect(parseMcollectiveCfg(serverCfg(withPassword(pw)))['plugin.activemq.pool.1.password']).toBe(pw);
  });

  it.each([
    ['a line break', 'secret\nplugin.activemq.pool.1.host = evil.example', 'line break'],
    ['a carriage return', 'secret\rmore', 'line break'],
    ['outer white space', ' secret ', 'white space'],
    ['nothing', '', 'empty'],
  ])('a password with %s is left out, with a comment saying why, and injects nothing', (_what, pw, why) => {
    const text = serverCfg(withPassword(pw));
    const cfg = parseMcollectiveCfg(text);
    expect(Object.keys(cfg).sort()).toEqual(KEYS.filter((k) => !k.endsWith('password')).sort());
    expect(cfg['plugin.activemq.pool.1.host']).toBe('dc1.example.net');
    expect(text).toMatch(new RegExp(`^# plugin\\.activemq\\.pool\\.1\\.password left out: .*${why}`, 'm'));
  });

  it('a host or user name with a line break is left out too', () => {
    const t = pairWithGroups();
    t.brokers[1].host = 'dc1.example.net\nconnector = stomp';
    t.brokers[1].servers!.user = 'mco\nx = y';
    const cfg = parseMcollectiveCfg(serverCfg(t));
    expect(cfg.connector).toBe('activemq');
    expect(cfg['plugin.activemq.pool.1.host']).toBeUndefined();
    expect(cfg['plugin.activemq.pool.1.user']).toBeUndefined();
    expect(cfg.x).toBeUndefined();
  });

  it('names in comments cannot break out of them (group, broker and failover names)', () => {
    const t = pairWithGroups();
    t.brokers[1].servers = { name: 'g\nconnector = stomp', count: 1, failover: ['ghost\nplugin.activemq.pool.size = 9'] };
    const cfg = parseMcollectiveCfg(serverCfg(t));
    expect(Object.keys(cfg).sort()).toEqual([...KEYS].sort());
    expect([cfg.connector, cfg['plugin.activemq.pool.size']]).toEqual(['activemq', '1']);
  });

  it('any password either reads back exactly or is left out, and never adds a key', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', '#', '=', 'é', '\u2028', '\v', 'x'), maxLength: 12 }), (pw) => {
      const cfg = parseMcollectiveCfg(serverCfg(withPassword(pw)));
      expect(KEYS).toEqual(expect.arrayContaining(Object.keys(cfg)));
      const got = cfg['plugin.activemq.pool.1.password'];
      if (got !== undefined) expect(got).toBe(pw);
      // MCollective can carry it: one line, something in it, no ASCII white space at either end (U+2028 is not).
      const carriable = pw !== '' && !/[\r\n]/.test(pw) && !/^[ \t\v\f]|[ \t\v\f]$/.test(pw);
      expect(got).toBe(carriable ? pw : undefined);
    }), { numRuns: 300 });
  });
});
