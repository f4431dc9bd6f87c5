// Reading an MCollective server.cfg/client.cfg back the way MCollective's Config#loadconfig does (issue 7): lines
// split at "\n", trailing white space dropped, lines starting with "#" and empty lines skipped, then
// `(.+?)\s*=\s*(.+)`: the key up to the first "=", the value raw to the end of the line; a later key wins.

import { defineField } from './fieldReader';

// Ruby's \s: ASCII white space only.
const WS = '[ \\t\\r\\n\\f\\v]';
const TRAILING = new RegExp(`${WS}*$`);
// Ruby's `.` stops only at "\n" (JavaScript's also at "\r", U+2028 and U+2029).
const LINE = new RegExp(`^([^\\n]+?)${WS}*=${WS}*([^\\n]+)`);
const OUTER = new RegExp(`^${WS}+|${WS}+$`, 'g');

export function parseMcollectiveCfg(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.replace(TRAILING, '');
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (m) defineField(out, m[1].replace(OUTER, ''), m[2]);
  }
  return out;
}
