// Test helper for the fuzz test: a seeded PRNG and mutations of XML texts (flips, cuts, slices, hostile tokens, nesting).

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = ['<', '>', '&', '"', "'", ']]>', '<![CDATA[', '<!--', '-->', '<!ENTITY x "y">', '<!DOCTYPE beans [<!ENTITY a "&a;&a;">]>',
  '&a;', '&#0;', '&#x110000;', '&#65;', '&lt', '<?x?>', '</broker>', '<broker>', '/>', '=', '\u0000', '\u0001', '\ufeff', '\r\n',
  'xmlns="http://activemq.org/config/1.0"', '<networkConnector uri="static:(tcp://x:1)"/>', '<%', '{{ x }}', 'static:(', 'masterslave:(,)'];

export interface Mutant {
  text: string;
  ops: string[];
}

/** One to three mutations of `text`, each named in `ops` so a failure says what was done. */
export function mutate(text: string, rand: () => number): Mutant {
  const int = (n: number) => Math.floor(rand() * n);
  const ops: string[] = [];
  let t = text;
  for (let k = 1 + int(3); k > 0; k--) {
    const at = int(t.length + 1);
    const len = 1 + int(Math.min(400, t.length + 1));
    switch (int(7)) {
      case 0: { const c = String.fromCharCode(int(rand() < 0.8 ? 128 : 0xffff)); t = t.slice(0, at) + c + t.slice(at + 1); ops.push(`flip@${at}`); break; }
      case 1: t = t.slice(0, at); ops.push(`truncate@${at}`); break;
      case 2: t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at); ops.push(`dup@${at}+${len}`); break;
      case 3: t = t.slice(0, at) + t.slice(at + len); ops.push(`delete@${at}+${len}`); break;
      case 4: case 5: { const tok = TOKENS[int(TOKENS.length)]; t = t.slice(0, at) + tok + t.slice(at); ops.push(`insert@${at}:${JSON.stringify(tok)}`); break; }
      default: { const n = 1 + int(3000); t = `${t.slice(0, at)}${'<a>'.repeat(n)}${'</a>'.repeat(n)}${t.slice(at)}`; ops.push(`nest@${at}x${n}`); }
    }
  }
  return { text: t, ops };
}
