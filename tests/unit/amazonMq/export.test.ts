// The Amazon MQ export: every configuration validates against the schema AWS publishes for its engine version
// (xmllint), for the examples, for imported files and for generated networks; the Terraform parses as HCL, every
// reference resolves, and no password is written; CLI and designer give the same zip.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildZip, examples, exampleTopology, exportFiles, importBrokerFiles, type Topology } from '../../../src/model';
import { fixture, allFixtures } from '../import/helpers';
import { topologyArb } from '../helpers/arbitraries';
import { checkTerraform, schemaErrors } from './schemaCheck';

const VERSIONS = ['5.17', '5.18', '5.19'] as const;

function onAmazonMq(t: Topology, version: string): Topology {
  return { ...t, settings: { ...t.settings, target: 'amazon-mq', activemqVersion: version } };
}

function configs(t: Topology): { name: string; xml: string }[] {
  return exportFiles(t).filter((f) => f.path.endsWith('/configuration.xml')).map((f) => ({ name: f.path, xml: f.content }));
}

function terraformOf(t: Topology): string {
  const f = exportFiles(t).find((x) => x.path === 'terraform/main.tf');
  if (!f) throw new Error('the export has no terraform/main.tf');
  return f.content;
}

describe('Amazon MQ configurations of the examples', () => {
  for (const version of VERSIONS) {
    it(`validate against the ${version} schema`, () => {
      const docs = examples.flatMap((e) => configs(onAmazonMq(exampleTopology(e.id), version)));
      expect(docs.length).toBeGreaterThan(5);
      expect(schemaErrors(version, docs)).toBe('');
    });
  }

  it('are bare <broker> roots without brokerName, transports, authentication or sslContext, dialling 61617 with userName only', () => {
    for (const { xml } of configs(onAmazonMq(exampleTopology('noc-and-countries'), '5.18'))) {
      expect(xml).toMatch(/^<\?xml[^>]*\?>\n(<!--[^\n]*-->\n)*<broker xmlns="http:\/\/activemq.apache.org\/schema\/core"/);
      expect(xml).not.toMatch(/<beans|brokerName=|transportConnector|simpleAuthenticationPlugin|sslContext|password=/);
    }
    const noc = configs(onAmazonMq(exampleTopology('noc-and-countries'), '5.18')).find((d) => d.name === 'noc/configuration.xml')!.xml;
    expect(noc).toContain('uri="static:(ssl://b-de-1.endpoint.invalid:61617)"');
    expect(noc).toContain('userName="amq"');
    expect(noc).toContain('<authorizationEntry topic="ActiveMQ.Advisory.&gt;"'.replace('&gt;', '>'));
  });

  it('dial an active/standby peer over masterslave:(…-1…, …-2…) and a known endpoint literally', () => {
    const t = onAmazonMq(exampleTopology('clustering-2009'), '5.19');
    const target = t.links[0].to;
    t.brokers = t.brokers.map((b) => (b.name === target ? { ...b, deploymentMode: 'active-standby' as const, endpoint: 'b-0abc-1.mq.eu-west-1.amazonaws.com' } : b));
    const xml = configs(t).find((d) => d.name.startsWith(`${t.links[0].from}/`))!.xml;
    expect(xml).toContain('uri="masterslave:(ssl://b-0abc-1.mq.eu-west-1.amazonaws.com:61617,ssl://b-0abc-2.mq.eu-west-1.amazonaws.com:61617)"');
    expect(schemaErrors('5.19', configs(t))).toBe('');
  });

  it('of every import fixture (shapes seen in the wild) validate once the service\'s removals are applied', () => {
    const docs = allFixtures().flatMap((name) => configs(onAmazonMq(importBrokerFiles(fixture(name)), '5.17')));
    expect(docs.length).toBeGreaterThan(8);
    expect(schemaErrors('5.17', docs)).toBe('');
  });
});

describe('the Terraform of the examples', () => {
  for (const e of examples) {
    it(`${e.id}: parses as HCL, declares a configuration and a broker per broker, and every reference resolves`, async () => {
      const t = onAmazonMq(exampleTopology(e.id), '5.18');
      const standby = t.links[0].to;
      t.brokers = t.brokers.map((b) => (b.name === standby ? { ...b, deploymentMode: 'active-standby' as const } : b));
      const id = (name: string) => name.replace(/-/g, '_');
      const tf = terraformOf(t);
      const { json, unresolved, references } = await checkTerraform(tf);
      expect(unresolved).toEqual([]);
      const res = json.resource as Record<string, Record<string, unknown>>;
      expect(Object.keys(res.aws_mq_configuration)).toHaveLength(t.brokers.length);
      expect(Object.keys(res.aws_mq_broker)).toHaveLength(t.brokers.length);
      // Each connector's peer comes from the peer's broker resource.
      for (const link of t.links) expect(references).toContain(`aws_mq_broker.${id(link.to)}.instances.0.endpoints.0`);
      expect(references).toContain(`aws_mq_broker.${id(standby)}.instances.1.endpoints.0`);
      for (const b of t.brokers) for (const u of b.users ?? []) if (u.password.length >= 6) expect(tf).not.toContain(u.password);
      for (const l of t.links) if ((l.password ?? '').length >= 6) expect(tf).not.toContain(l.password);
      const vars = json.variable as Record<string, { sensitive?: boolean }[]>;
      const passwordVars = Object.entries(vars).filter(([k]) => k.startsWith('password'));
      expect(passwordVars.length).toBeGreaterThan(0);
      for (const [, [v]] of passwordVars) expect(v.sensitive).toBe(true);
    });
  }
});

describe('generated networks (hostile names, any version)', () => {
  const arb = fc.tuple(topologyArb(), fc.constantFrom(...VERSIONS), fc.array(fc.constantFrom('single', 'active-standby', undefined), { maxLength: 6 }))
    .map(([t, v, modes]) => {
      const a = onAmazonMq(t, v);
      return { ...a, brokers: a.brokers.map((b, i) => (modes[i] ? { ...b, deploymentMode: modes[i] } : b)) } as Topology;
    });

  it('give configurations that validate against their version\'s schema', () => {
    const byVersion = new Map<string, { name: string; xml: string }[]>();
    fc.assert(fc.property(arb, (t) => {
      const list = byVersion.get(t.settings.activemqVersion!) ?? [];
      list.push(...configs(t));
      byVersion.set(t.settings.activemqVersion!, list);
    }), { numRuns: 60 });
    // One xmllint run per version over every generated file; the file names say which network failed.
    for (const [version, docs] of byVersion) expect(schemaErrors(version, docs), version).toBe('');
  });

  it('give Terraform that parses and whose references all resolve', async () => {
    await fc.assert(fc.asyncProperty(arb, async (t) => {
      const { unresolved } = await checkTerraform(terraformOf(t));
      expect(unresolved).toEqual([]);
    }), { numRuns: 40 });
  });

  it('give the same zip bytes every time (the CLI and the designer call the same function)', () => {
    fc.assert(fc.property(arb, (t) => {
      expect(buildZip(t)).toEqual(buildZip(structuredClone(t)));
    }), { numRuns: 20 });
  });
});
