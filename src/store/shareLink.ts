// Share links: the topology file, deflated (fflate) and base64url-encoded into the URL fragment `#net=…`.
// The fragment never reaches a server, so a shared network stays between the people who have the link.

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseTopology, serializeTopology, type Topology } from '../model';
import { fromBase64Url, toBase64Url } from './base64url';

const PREFIX = '#net=';
/** A share link unpacking to more than this is refused, not inflated into the tab's memory (a deflate bomb). */
export const SHARE_LINK_MAX_BYTES = 64 * 1024 * 1024;
const DAMAGED = 'The share link is damaged: its network could not be unpacked. Ask for the link again.';

export function encodeNetwork(topology: Topology): string {
  return PREFIX + toBase64Url(deflateSync(strToU8(serializeTopology(topology)), { level: 9 }));
}

/** The topology in a `#net=…` fragment; undefined when the fragment holds none; throws when it is damaged. */
export function decodeNetwork(hash: string): Topology | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let text: string;
  try {
    text = strFromU8(inflateSync(fromBase64Url(hash.slice(PREFIX.length))));
  } catch {
    throw new Error(DAMAGED);
  }
  return parseTopology(text, 'share link');
}

/** decodeNetwork for the page's start: unpacked by the browser's own zlib (DecompressionStream), where fflate's
 *  JavaScript inflate, still cold, took ~20 ms of a 1,000-broker network's first render; fflate where the stream
 *  is missing. Refuses links that unpack to more than SHARE_LINK_MAX_BYTES. */
export async function readShareLink(hash: string, limit = SHARE_LINK_MAX_BYTES): Promise<Topology | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined;
  if (typeof DecompressionStream === 'undefined') return decodeNetwork(hash);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(hash.slice(PREFIX.length));
  } catch {
    throw new Error(DAMAGED);
  }
  return parseTopology(await inflateNative(bytes, limit), 'share link');
}

async function inflateNative(bytes: Uint8Array, limit: number): Promise<string> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        throw new RangeError(`The share link unpacks to more than ${Math.round(limit / 1024 / 1024)} MB; it is not a network this designer made. Ask for the link again.`);
      }
      chunks.push(value);
    }
  } catch (e) {
    throw e instanceof RangeError ? new Error(e.message) : new Error(DAMAGED);
  }
  const decoder = new TextDecoder();
  return chunks.map((c, i) => decoder.decode(c, { stream: i < chunks.length - 1 })).join('');
}

export function shareUrl(topology: Topology, base: string): string {
  return base.replace(/#.*$/, '') + encodeNetwork(topology);
}
