// The corpus project of `npm test` (alone: `npm run test:corpus`): law (b) over every file of CORPUS_DIR (default
// ../shared/corpus), multi-file networks imported together, templates refused with a clear error, and the known
// defects of SOURCES.md found. A missing corpus, or a corpus without the files a check names, fails: never skips.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBrokerFiles, type SourceFile, TopologyError, validate } from '../../src/model';
import { expectRoundTripSafe } from '../unit/import/helpers';

const DIR = resolve(__dirname, '../..', process.env.CORPUS_DIR ?? '../shared/corpus');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => /\.(xml|erb|j2)$/.test(f)).sort() : [];
const TEMPLATE = /\.(erb|j2)$/;
const read = (names: string[]): SourceFile[] => names.map((name) => ({ name, text: readFileSync(resolve(DIR, name), 'utf8') }));

/** Networks of several files, imported together so connectors resolve to the brokers they dial. */
const GROUPS: RegExp[] = [
  /^mco-2015-multi-broker-broker\d/, /^mco-2010-multi-broker-broker\d/, /^mco-multi-broker-broker\d/, /^mco-multi-broker-mesh-broker\d/,
  /^activemq-in-action-ch4-broker/, /static-network-broker\d/, /dynamic-network-broker\d/,
];
const group = (re: RegExp) => files.filter((f) => re.test(f));
const codes = (names: string[]) => validate(importBrokerFiles(read(names))).map((d) => d.code);

describe(`corpus at ${DIR}`, () => {
  it('exists and holds activemq.xml files', () => {
    expect(files.length, `set CORPUS_DIR to a folder of activemq.xml files (now ${DIR})`).toBeGreaterThan(0);
  });

  describe('every XML file on its own: import → export → import is the same, nothing outside is lost', () => {
    it.each(files.filter((f) => !TEMPLATE.test(f)))('%s', (f) => expectRoundTripSafe(read([f])));
  });

  describe('templates are refused with a clear error naming file, line and column', () => {
    it.each(files.filter((f) => TEMPLATE.test(f)))('%s', (f) => {
      const [src] = read([f]);
      expect(() => importBrokerFiles([src])).toThrow(TopologyError);
      try { importBrokerFiles([src]); } catch (e) {
        const err = e as TopologyError;
        expect(err.message).toMatch(/looks like a template .*render it first/);
        expect(err.location.file).toBe(f);
        const line = src.text.split('\n')[err.location.line! - 1];
        expect(line.slice(err.location.column! - 1)).toMatch(/^(<%|\{\{|\{%)/);
      }
    });
  });

  describe('multi-file networks imported together', () => {
    it.each(GROUPS.map((re) => [re.source, group(re)] as const).filter(([, g]) => g.length > 1))('%s', (_re, g) => {
      const t = importBrokerFiles(read(g));
      expect(t.brokers.filter((b) => b.imported)).toHaveLength(g.length);
      expectRoundTripSafe(read(g));
    });
  });

  describe('the preset is inferred: MCollective files (split connectors, mcollective destinations) vs plain ActiveMQ ones', () => {
    it.each(files.filter((f) => !TEMPLATE.test(f)))('%s', (f) => {
      const expected = /^(mco-|openshift-)/.test(f) ? 'mcollective' : 'plain';
      expect(importBrokerFiles(read([f])).settings.preset).toBe(expected);
    });
  });

  describe('known defects of SOURCES.md are found', () => {
    /** The named files, read from the corpus; a corpus without them fails the check that needs them. */
    const need = (...names: string[]): string[] => {
      const missing = names.filter((n) => !files.includes(n));
      if (missing.length) throw new Error(`the corpus at ${DIR} lacks ${missing.join(', ')} (../shared/corpus/SOURCES.md lists it); set CORPUS_DIR to the shared corpus`);
      return names;
    };

    it('in-action A→B is one way: missing-return-link', () => {
      expect(codes(need('activemq-in-action-ch4-brokerA.xml', 'activemq-in-action-ch4-brokerB.xml'))).toContain('missing-return-link');
    });

    it('5.0.0 default conf networks by multicast: multicast-discovery', () => {
      expect(codes(need('apache-activemq-5.0.0-default-conf-activemq.xml'))).toContain('multicast-discovery');
    });

    it('2010 star: its single connectors carry queues with conduit on: queue-conduit per link', () => {
      const t = importBrokerFiles(read(need('mco-2010-multi-broker-broker1-activemq.xml', 'mco-2010-multi-broker-broker2-activemq.xml', 'mco-2010-multi-broker-broker3-activemq.xml')));
      const found = validate(t).filter((d) => d.code === 'queue-conduit').map((d) => d.brokers.join('>'));
      expect(found.sort()).toEqual(['broker1>broker2', 'broker1>broker3']);
    });

    // The 2010 files' auth bug (user admin in group "admin", entries grant "admins") is a group no entry grants, not a
    // granted group no user has; the rule for it (unused-group, R18) is a later issue, so it is not checked here.
  });
});
