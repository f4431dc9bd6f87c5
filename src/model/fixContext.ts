// What a one-click fix may need from outside the model: fresh passwords. The model stays pure and deterministic in
// tests (they pass a counter); the browser passes its CSPRNG, which is also the default where one exists.

import { generatePassword } from './security';

export interface FixContext {
  /** A fresh random password (generatePassword over a CSPRNG in the designer). */
  password(): string;
}

/** The platform's CSPRNG (Web Crypto, in browsers and Node 20+); never Math.random. */
function cryptoBytes(n: number): Uint8Array {
  const c = (globalThis as { crypto?: { getRandomValues?(a: Uint8Array): Uint8Array } }).crypto;
  if (!c?.getRandomValues) throw new Error('no secure random source: pass a FixContext with a password generator');
  return c.getRandomValues(new Uint8Array(n));
}

export function defaultFixContext(): FixContext {
  return { password: () => generatePassword(cryptoBytes) };
}
