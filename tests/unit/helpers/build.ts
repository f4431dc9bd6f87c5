// Test helper: concise builders for small topologies, and shortcuts to the diagnostics of one code.

import { type Broker, type Diagnostic, type Link, type Settings, type Topology, validate } from '../../../src/model';

/** A broker on its own host (`h-<name>.example.net`, other characters hex-coded) with OpenWire on 61616 and STOMP on 61613. */
export function broker(name: string, over: Partial<Broker> = {}): Broker {
  return {
    name,
    role: 'broker',
    host: `h-${name.replace(/[^A-Za-z0-9-]/g, (c) => `x${c.codePointAt(0)!.toString(16)}`)}.example.net`,
    transports: [
      { name: 'openwire', uri: 'tcp://0.0.0.0:61616' },
      { name: 'stomp', uri: 'stomp://0.0.0.0:61613' },
    ],
    ...over,
  };
}

export function noc(name: string, over: Partial<Broker> = {}): Broker {
  return broker(name, { role: 'noc', ...over });
}

/** `'a<>b'` is a duplex link held by a, `'a>b'` a simplex link from a to b. */
export function link(spec: string, over: Partial<Link> = {}): Link {
  const m = /^(.*?)(<>|>)(.*)$/.exec(spec);
  if (!m) throw new Error(`bad link spec ${spec}`);
  return { from: m[1], to: m[3], ...(m[2] === '<>' ? { duplex: true } : {}), ...over };
}

export function topology(brokers: (string | Broker)[], links: (string | Link)[] = [], settings: Partial<Settings> = {}): Topology {
  return {
    format: 'amq-topology/1',
    settings: { preset: 'mcollective', ...settings },
    brokers: brokers.map((b) => (typeof b === 'string' ? broker(b) : b)),
    links: links.map((l) => (typeof l === 'string' ? link(l) : l)),
  };
}

/** A NOC `hub` with a duplex link to each leaf. */
export function star(hub: string, leaves: string[], settings: Partial<Settings> = {}): Topology {
  return topology([noc(hub), ...leaves], leaves.map((l) => `${hub}<>${l}`), settings);
}

/** Brokers in a line, each with a duplex link to the next. */
export function chain(names: string[], settings: Partial<Settings> = {}): Topology {
  return topology(names, names.slice(1).map((n, i) => `${names[i]}<>${n}`), settings);
}

/** The diagnostics of one code. */
export function only(t: Topology, code: string): Diagnostic[] {
  return validate(t).filter((d) => d.code === code);
}

/** Sorted copy, to compare name lists whose order the rules do not promise. */
export function sorted(names: string[]): string[] {
  return [...names].sort();
}
