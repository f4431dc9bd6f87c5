// A TCP or TLS socket of node:net / node:tls behind the small WebSocket-like interface @stomp/stompjs drives
// (IStompSocket, through its `webSocketFactory`): STOMP runs directly over TCP on ActiveMQ's stomp:// and
// stomp+ssl:// transports. stompjs parses frames as a byte stream, so chunks may split or join frames freely.
// (@stomp/tcp-wrapper does the same for plain TCP only; verify also needs TLS with a given trust store.)

import { X509Certificate } from 'node:crypto';
import { connect as tcpConnect, type Socket } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { IStompSocket } from '@stomp/stompjs';

export interface SocketTarget {
  host: string;
  port: number;
  /** TLS with these CA certificates (PEM); undefined = plain TCP. */
  tls?: { ca?: string[] };
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

export class NodeStompSocket implements IStompSocket {
  url: string;
  binaryType = 'arraybuffer';
  readyState = CONNECTING;
  onclose: ((ev?: unknown) => unknown) | undefined | null;
  onerror: ((ev: unknown) => unknown) | undefined | null;
  onmessage: ((ev: unknown) => unknown) | undefined | null;
  onopen: ((ev?: unknown) => unknown) | undefined | null;
  /** The first socket error, kept so a close can say why (ECONNREFUSED, a TLS failure…). */
  error: Error | undefined;
  private readonly socket: Socket;

  constructor(target: SocketTarget) {
    this.url = `${target.tls ? 'stomp+ssl' : 'stomp'}://${target.host}:${target.port}`;
    this.socket = target.tls
      ? tlsConnect({ host: target.host, port: target.port, ca: target.tls.ca, servername: /^[\d.]+$|:/.test(target.host) ? undefined : target.host, rejectUnauthorized: false })
      : tcpConnect({ host: target.host, port: target.port });
    this.socket.once(target.tls ? 'secureConnect' : 'connect', () => {
      const refused = target.tls ? untrusted(this.socket as TLSSocket, target.host, target.tls.ca ?? []) : undefined;
      if (refused) {
        this.error ??= refused;
        this.socket.destroy();
        return;
      }
      this.readyState = OPEN;
      this.onopen?.();
    });
    this.socket.on('data', (chunk: Buffer) => {
      // A copy of exactly this chunk's bytes (a Buffer may view a larger shared pool).
      this.onmessage?.({ data: chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength) });
    });
    this.socket.on('error', (e) => {
      this.error ??= e;
      this.onerror?.(e);
    });
    this.socket.on('close', () => {
      this.readyState = CLOSED;
      this.onclose?.({ code: this.error ? 1006 : 1000, reason: this.error?.message ?? '', wasClean: !this.error });
    });
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (this.readyState !== OPEN) return;
    if (typeof data === 'string') this.socket.write(data);
    else if (ArrayBuffer.isView(data)) this.socket.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    else if (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) this.socket.write(Buffer.from(data));
    else throw new Error('a Blob cannot be sent over a node socket');
  }

  close(): void {
    if (this.readyState >= CLOSING) return;
    this.readyState = CLOSING;
    this.socket.end();
    // A peer that never answers the FIN must not keep the process alive.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  terminate(): void {
    this.readyState = CLOSING;
    this.socket.destroy();
  }
}

/**
 * Why the broker's certificate is not trusted, or undefined when it is: a chain to one of the given CAs (or the
 * system's), or exactly one of the given certificates (the self-signed broker certificates of make-keystores.sh are
 * trusted that way, as ActiveMQ's own trust stores trust them; two of them with the same subject, as on one host,
 * would otherwise confuse OpenSSL's lookup by subject). The host must match the certificate in both cases.
 */
function untrusted(socket: TLSSocket, host: string, ca: string[]): Error | undefined {
  const peer = socket.getPeerCertificate();
  const pinned = peer?.raw && ca.some((pem) => new X509Certificate(pem).raw.equals(peer.raw));
  if (!socket.authorized && !pinned) {
    const e = new Error(`untrusted certificate: ${String(socket.authorizationError ?? 'not verified')}`);
    return e;
  }
  return checkServerIdentity(host, peer);
}
