// verify's plan: the default flows per preset with the simulator's expectations, --flows, the cap, and the
// endpoints (STOMP transport, host, a user allowed on the probe prefix, --hosts and --credentials files).
import { describe, expect, it } from 'vitest';
import { exampleTopology, type Topology } from '../../../src/model';
import { endpointsOf, MAX_FLOWS, parseCredentialsFile, parseFlows, parseHostsFile, planVerify, VerifyInputError } from '../../../src/model/verify';

const noc = () => exampleTopology('noc-and-countries');
const countries = ['de', 'fr', 'uk', 'us'];

describe('planVerify', () => {
  it('MCollective preset: one broadcast topic from the NOC to every broker, a reply queue from each back', () => {
    const p = planVerify(noc(), 'run1');
    expect(p.groups.map((g) => g.destination)).toEqual([
      'topic://amqnd.verify.run1.broadcast.noc',
      ...countries.map((c) => `queue://amqnd.verify.run1.reply.${c}.to.noc`),
    ]);
    expect(p.groups[0].flows).toHaveLength(4);
    expect(p.flows.map((f) => `${f.from}>${f.to}`)).toEqual([...countries.map((c) => `noc>${c}`), ...countries.map((c) => `${c}>noc`)]);
    expect(p.flows.every((f) => f.expected)).toBe(true);
    expect(p.flows[0].path).toEqual(['noc', 'de']);
    expect(p.brokers).toEqual(['noc', ...countries]);
    expect(p.cappedFrom).toBeUndefined();
  });

  it('takes the expectation from the simulator: networkTTL 1 does not deliver spoke to spoke', () => {
    const t = noc();
    t.settings.networkTTL = 1;
    const p = planVerify(t, 'r', parseFlows('de>fr', t.brokers.map((b) => b.name)));
    expect(p.flows.map((f) => [f.destination, f.expected])).toEqual([
      ['topic://amqnd.verify.r.topic.de.to.fr', false],
      ['queue://amqnd.verify.r.queue.de.to.fr', false],
    ]);
    expect(p.flows[0].reason).toMatch(/networkTTL/);
    expect(p.flows[0].path).toEqual([]);
  });

  it('plain preset (and no NOC): a topic and a queue for each ordered pair', () => {
    const mesh = exampleTopology('mesh-of-three');
    const p = planVerify(mesh, 'r');
    expect(p.flows).toHaveLength(3 * 2 * 2);
    const plain: Topology = { ...noc(), settings: { preset: 'plain' } };
    expect(planVerify(plain, 'r').flows).toHaveLength(5 * 4 * 2);
    expect(planVerify(plain, 'r').flows.every((f) => f.expected)).toBe(true);
  });

  it('--flows narrows with FROM>TO and * and adds every pair with "all"; names are checked', () => {
    const names = noc().brokers.map((b) => b.name);
    expect(planVerify(noc(), 'r', parseFlows('noc>*', names)).flows.map((f) => f.to)).toEqual(['de', 'de', 'fr', 'fr', 'uk', 'uk', 'us', 'us']);
    expect(planVerify(noc(), 'r', parseFlows('all', names)).flows).toHaveLength(40);
    expect(planVerify(noc(), 'r', parseFlows('default,de>fr', names)).flows).toHaveLength(10);
    expect(() => parseFlows('nowhere>de', names)).toThrow(/no broker named "nowhere"/);
    expect(() => parseFlows('de-fr', names)).toThrow(VerifyInputError);
    expect(() => parseFlows(' , ', names)).toThrow(/at least one flow/);
  });

  it('caps the flows (receivers) and says how many there would have been', () => {
    const t: Topology = { format: 'amq-topology/1', settings: { preset: 'plain' }, links: [], brokers: [] };
    for (let i = 0; i < 20; i++) t.brokers.push({ name: `b${i}`, role: 'broker', host: `h${i}`, transports: [{ name: 'stomp', uri: 'stomp://0.0.0.0:61613' }] });
    const p = planVerify(t, 'r');
    expect(p.flows).toHaveLength(MAX_FLOWS);
    expect(p.cappedFrom).toBe(20 * 19 * 2);
  });

  it('gives hostile broker names safe, distinct destination parts', () => {
    const t = noc();
    t.brokers[1].name = 'a.b>*';
    t.brokers[2].name = 'a_b__';
    t.links = [];
    const p = planVerify(t, 'r', parseFlows('all', t.brokers.map((b) => b.name)));
    const names = new Set(p.groups.map((g) => g.destination));
    expect(names.size).toBe(p.groups.length);
    for (const n of names) expect(n).toMatch(/^(topic|queue):\/\/amqnd\.verify\.r\.[A-Za-z0-9_.-]+$/);
  });
});

describe('endpointsOf', () => {
  const prefix = 'amqnd.verify.r';
  it('dials the STOMP transport at the broker host as a user allowed on the prefix (admin, not mcollective)', () => {
    const { endpoints, problems } = endpointsOf(noc(), ['noc', 'de'], { preferSsl: false, prefix });
    expect(problems).toEqual([]);
    expect(endpoints[0]).toMatchObject({ broker: 'noc', host: 'amq-noc.example.net', port: 61613, ssl: false, transport: 'stomp', login: 'admin' });
  });

  it('takes --hosts and --credentials before the topology; prefers ssl when trusted certificates are given', () => {
    const t = noc();
    t.brokers[0].transports.push({ name: 'stomp-ssl', uri: 'stomp+ssl://0.0.0.0:61614' });
    const hosts = parseHostsFile('# deployed\nnoc 127.0.0.1:40001\n');
    const credentials = parseCredentialsFile('{"*": {"user": "ops", "password": "pw"}}');
    const { endpoints } = endpointsOf(t, ['noc'], { hosts, credentials, preferSsl: true, prefix });
    expect(endpoints[0]).toMatchObject({ host: '127.0.0.1', port: 40001, ssl: true, login: 'ops', passcode: 'pw' });
    expect(parseHostsFile('{"noc": "[::1]:61613"}').get('noc')).toEqual({ host: '::1', port: 61613 });
  });

  it('names every broker it cannot log in to or find, for one clear message', () => {
    const t = noc();
    for (const u of t.brokers[1].users!) u.password = '••••••';
    t.brokers[2].transports = t.brokers[2].transports.filter((x) => x.name !== 'stomp');
    t.brokers[3].authorization = [{ queue: '>', read: ['nobody'], write: ['nobody'], admin: ['nobody'] }];
    const { problems } = endpointsOf(t, ['noc', 'de', 'fr', 'uk'], { preferSsl: false, prefix, hosts: parseHostsFile('ghost h:1') });
    expect(problems).toEqual([
      'hosts file names "ghost", which is no broker of the topology',
      'broker "de": no login for the probes (the passwords of its users allowed on amqnd.verify.r.> are masked); give one with --credentials',
      'broker "fr" has no STOMP transport (stomp, stomp+nio, stomp+ssl, stomp+nio+ssl)',
      'broker "uk": no login for the probes (none of its users may read, write and create amqnd.verify.r.> destinations); give one with --credentials',
    ]);
  });

  it('refuses malformed hosts and credentials files with the line or key', () => {
    expect(() => parseHostsFile('noc 127.0.0.1')).toThrow(/line 1.*host:port/);
    expect(() => parseHostsFile('noc h:99999')).toThrow(/not host:port/);
    expect(() => parseHostsFile('{"noc": 5}')).toThrow(/"noc" must be a "host:port" string/);
    expect(() => parseHostsFile('{oops')).toThrow(/not valid JSON/);
    expect(() => parseCredentialsFile('[]')).toThrow(/expected an object/);
    expect(() => parseCredentialsFile('{"noc": {"user": "a"}}')).toThrow(/"noc" must be/);
  });
});
