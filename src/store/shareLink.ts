// Share links: the topology file, deflated (fflate) and base64url-encoded into the URL fragment `#net=…`.
// The fragment never reaches a server, so a shared network stays between the people who have the link.

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseTopology, serializeTopology, type Topology } from '../model';

const PREFIX = '#net=';

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
    throw new Error('The share link is damaged: its network could not be unpacked. Ask for the link again.');
  }
  return parseTopology(text, 'share link');
}

export function shareUrl(topology: Topology, base: string): string {
  return base.replace(/#.*$/, '') + encodeNetwork(topology);
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
