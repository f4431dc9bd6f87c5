// Fixes for authentication: no-authentication (preset users, bridge credentials on its links) and weak-password
// (one generated password everywhere the weak one stood for that user).

import { describe, expect, it } from 'vitest';
import { applyMcollectiveDefaults } from '../../../src/model';
import { applyFirstFix, broker, codes, net } from './helpers';

const PW = { bridge: 'bridge-pass-long-1', server: 'server-pass-long-1', client: 'client-pass-long-1' };

describe('no-authentication', () => {
  it('MCollective: adds the preset users and authorization, and bridge credentials to the links', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true }]);
    const fixed = applyFirstFix(t, 'no-authentication', 'Add the MCollective users and authorization');
    const noc = fixed.brokers[0];
    expect(noc.users!.map((u) => u.username)).toEqual(['amq', 'mcollective', 'admin']);
    expect(noc.authorization!.length).toBe(5);
    const amq = noc.users!.find((u) => u.username === 'amq')!;
    expect(fixed.links[0]).toMatchObject({ userName: 'amq', password: amq.password });
    expect(fixed.brokers[1].users).toBeUndefined();
  });

  it('reuses the bridge password the other end already knows', () => {
    const base = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true, userName: 'amq', password: PW.bridge }]);
    const t = applyMcollectiveDefaults(base, 'de', PW);
    const fixed = applyFirstFix(t, 'no-authentication');
    expect(fixed.brokers[0].users!.find((u) => u.username === 'amq')!.password).toBe(PW.bridge);
    expect(codes(fixed)).not.toContain('bridge-user-unknown');
  });

  it('plain preset, nobody authenticates yet: a bridge and an admin user', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true }], 'plain');
    const fixed = applyFirstFix(t, 'no-authentication', 'Require authentication (bridge and admin users)');
    expect(fixed.brokers[0].users!.map((u) => u.username)).toEqual(['amq', 'admin']);
    expect(fixed.links[0].userName).toBe('amq');
  });

  it('plain preset: the users the authenticating brokers share', () => {
    const users = [{ username: 'amq', password: PW.bridge, groups: ['admins', 'everyone'] }, { username: 'app', password: PW.server, groups: ['everyone'] }];
    const t = net([broker('noc', { role: 'noc', users }), broker('de')], [{ from: 'noc', to: 'de', duplex: true, userName: 'amq', password: PW.bridge }], 'plain');
    const fixed = applyFirstFix(t, 'no-authentication', 'Add the network\'s users');
    expect(fixed.brokers[1].users).toEqual(users);
  });
});

describe('weak-password', () => {
  it('a weak bridge user password: replaced on every broker and link that used it, bridges still log in', () => {
    const weak = { bridge: 'password', server: PW.server, client: PW.client };
    let t = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true, userName: 'amq', password: 'password' }]);
    t = applyMcollectiveDefaults(applyMcollectiveDefaults(t, 'noc', weak), 'de', weak);
    let fixed = applyFirstFix(t, 'weak-password', 'Generate a strong password');
    // One fix per diagnostic: the others name the same user and link, and are gone too.
    expect(codes(fixed)).not.toContain('weak-password');
    const p = fixed.links[0].password;
    expect(p).not.toBe('password');
    for (const b of fixed.brokers) expect(b.users!.find((u) => u.username === 'amq')!.password).toBe(p);
    expect(codes(fixed)).not.toContain('bridge-user-unknown');
    fixed = applyFirstFix(applyMcollectiveDefaults(net([broker('x')]), 'x', { ...PW, client: 'admin' }), 'weak-password');
    expect(fixed.brokers[0].users!.find((u) => u.username === 'admin')!.password).toMatch(/strong/);
  });

  it('a weak password on a link without a user: only that link changes', () => {
    const t = net([broker('noc', { role: 'noc' }), broker('de')], [{ from: 'noc', to: 'de', duplex: true, password: 'short' }]);
    const fixed = applyFirstFix(t, 'weak-password');
    expect(fixed.links[0].password).toMatch(/strong/);
  });
});
