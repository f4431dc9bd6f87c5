// A minimal STOMP 1.1/1.2 client over node:net for the real-broker tests: CONNECT, SUBSCRIBE (ack auto), SEND,
// RECEIPT, MESSAGE, ERROR (surfaced as rejected promises), DISCONNECT. Written here so no npm package is needed.

import { type Socket, connect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export interface StompFrame {
  command: string;
  headers: Record<string, string>;
  body: string;
}

export interface StompLogin {
  host: string;
  port: number;
  login: string;
  passcode: string;
  /** The STOMP `host` header (virtual host); ActiveMQ accepts any value. */
  vhost?: string;
  /**
   * STOMP over TLS (stomp+ssl, stomp+nio+ssl). The broker's certificate is the self-signed one make-keystores.sh
   * made moments ago, on 127.0.0.1: the test proves the port speaks TLS, not who signed its certificate.
   */
  tls?: boolean;
}

// STOMP 1.1+ header escaping; CONNECT/CONNECTED frames are exempt per the spec.
const escapeHeader = (s: string) => s.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/:/g, '\\c');
const unescapeHeader = (s: string) => s.replace(/\\([\\rnc])/g, (_, c: string) => ({ '\\': '\\', r: '\r', n: '\n', c: ':' })[c] ?? c);

export function encodeFrame(command: string, headers: Record<string, string>, body = ''): Buffer {
  const raw = command === 'CONNECT' || command === 'STOMP';
  const bodyBytes = Buffer.from(body, 'utf8');
  const all = body ? { ...headers, 'content-length': String(bodyBytes.length) } : headers;
  const lines = Object.entries(all).map(([k, v]) => (raw ? `${k}:${v}` : `${escapeHeader(k)}:${escapeHeader(v)}`));
  return Buffer.concat([Buffer.from(`${command}\n${lines.join('\n')}\n\n`, 'utf8'), bodyBytes, Buffer.from([0])]);
}

/** Parses as many whole frames as `buf` holds; returns them and the unconsumed rest. */
export function decodeFrames(buf: Buffer): { frames: StompFrame[]; rest: Buffer } {
  const frames: StompFrame[] = [];
  let pos = 0;
  for (;;) {
    while (pos < buf.length && (buf[pos] === 0x0a || buf[pos] === 0x0d)) pos++; // heart-beats / EOLs between frames
    const headEnd = buf.indexOf('\n\n', pos);
    const headEndCrlf = buf.indexOf('\r\n\r\n', pos);
    const useCrlf = headEndCrlf >= 0 && (headEnd < 0 || headEndCrlf < headEnd);
    const end = useCrlf ? headEndCrlf : headEnd;
    if (end < 0) break;
    const lines = buf.toString('utf8', pos, end).split(/\r?\n/);
    const command = lines[0];
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const i = line.indexOf(':');
      const k = unescapeHeader(line.slice(0, i));
      if (i > 0 && !(k in headers)) headers[k] = command === 'CONNECTED' ? line.slice(i + 1) : unescapeHeader(line.slice(i + 1)); // first wins (1.2)
    }
    const bodyStart = end + (useCrlf ? 4 : 2);
    const len = headers['content-length'] !== undefined ? Number(headers['content-length']) : undefined;
    const bodyEnd = len !== undefined ? bodyStart + len : buf.indexOf(0, bodyStart);
    if (bodyEnd < 0 || bodyEnd >= buf.length) break; // need the body and its NUL terminator
    frames.push({ command, headers, body: buf.toString('utf8', bodyStart, bodyEnd) });
    pos = bodyEnd + 1;
  }
  return { frames, rest: buf.subarray(pos) };
}

/** A wait that ran out of time (as opposed to an ERROR frame or a closed connection). */
export class StompTimeout extends Error {}

interface Waiter {
  resolve: (f: StompFrame) => void;
  reject: (e: Error) => void;
}

export class StompError extends Error {
  constructor(readonly frame: StompFrame) {
    super(`STOMP ERROR: ${frame.headers.message ?? '(no message)'}${frame.body ? ` — ${frame.body.trim().split('\n')[0]}` : ''}`);
  }
}

export class StompClient {
  private buffer = Buffer.alloc(0);
  private readonly messages: StompFrame[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly receipts = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;
  private nextId = 1;
  private pendingConnect: Waiter | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk)); // no setEncoding: always Buffers
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => this.fail(new Error('STOMP connection closed')));
  }

  /** Opens a TCP connection and performs CONNECT; rejects on ERROR (e.g. a wrong password) or after timeoutMs. */
  static async connect(opts: StompLogin, timeoutMs = 10_000): Promise<StompClient> {
    const socket = opts.tls ? tlsConnect({ host: opts.host, port: opts.port, rejectUnauthorized: false }) : connect({ host: opts.host, port: opts.port });
    const client = new StompClient(socket);
    const connected = new Promise<StompFrame>((resolve, reject) => (client.pendingConnect = { resolve, reject }));
    socket.once(opts.tls ? 'secureConnect' : 'connect', () => socket.write(encodeFrame('CONNECT', {
      'accept-version': '1.1,1.2', host: opts.vhost ?? 'localhost', login: opts.login, passcode: opts.passcode, 'heart-beat': '0,0',
    })));
    try {
      await withTimeout(connected, timeoutMs, `STOMP CONNECT to ${opts.host}:${opts.port} as ${opts.login}`);
    } catch (e) {
      client.close();
      throw e;
    }
    return client;
  }

  /** Subscribes (ack:auto unless `headers` say otherwise) and waits for the broker's RECEIPT, so the subscription exists when this resolves. */
  async subscribe(destination: string, id = `sub-${this.nextId++}`, headers: Record<string, string> = {}): Promise<string> {
    await this.withReceipt('SUBSCRIBE', { ack: 'auto', ...headers, id, destination });
    return id;
  }

  /** Sends and waits for the RECEIPT: the broker accepted (and authorised) the message when this resolves. */
  async send(destination: string, body: string, headers: Record<string, string> = {}): Promise<void> {
    await this.withReceipt('SEND', { ...headers, destination, 'content-type': 'text/plain' }, body);
  }

  /** The next MESSAGE frame (already received or arriving within timeoutMs); rejects on timeout or ERROR. */
  waitForMessage(timeoutMs: number): Promise<StompFrame> {
    const queued = this.messages.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    let waiter: Waiter | undefined;
    const p = new Promise<StompFrame>((resolve, reject) => this.waiters.push((waiter = { resolve, reject })));
    // On timeout the waiter leaves the queue, so a later MESSAGE is kept for the next call instead of being lost.
    return withTimeout(p, timeoutMs, 'waiting for a STOMP MESSAGE', () => {
      const i = this.waiters.indexOf(waiter!);
      if (i >= 0) this.waiters.splice(i, 1);
    });
  }

  /** DISCONNECT with a receipt (so earlier frames are processed), then closes the socket. */
  async disconnect(): Promise<void> {
    if (!this.failure) await this.withReceipt('DISCONNECT', {}).catch(() => {});
    this.close();
  }

  close(): void {
    this.socket.destroy();
  }

  private withReceipt(command: string, headers: Record<string, string>, body = ''): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const receipt = `r-${this.nextId++}`;
    const p = new Promise<void>((resolve, reject) => this.receipts.set(receipt, { resolve, reject }));
    this.socket.write(encodeFrame(command, { ...headers, receipt }, body));
    return withTimeout(p, 10_000, `RECEIPT for ${command}`, () => this.receipts.delete(receipt));
  }

  private onData(chunk: Buffer): void {
    const { frames, rest } = decodeFrames(Buffer.concat([this.buffer, chunk]));
    this.buffer = Buffer.from(rest);
    for (const f of frames) {
      if (f.command === 'CONNECTED') this.pendingConnect?.resolve(f);
      else if (f.command === 'RECEIPT') {
        this.receipts.get(f.headers['receipt-id'])?.resolve();
        this.receipts.delete(f.headers['receipt-id']);
      } else if (f.command === 'MESSAGE') {
        const w = this.waiters.shift();
        if (w) w.resolve(f);
        else this.messages.push(f);
      } else if (f.command === 'ERROR') this.fail(new StompError(f));
    }
  }

  // Every pending promise learns of the first failure; later ones (e.g. the close after an ERROR) add nothing.
  private fail(e: Error): void {
    this.failure ??= e;
    this.pendingConnect?.reject(this.failure);
    for (const w of this.waiters.splice(0)) w.reject(this.failure);
    for (const r of this.receipts.values()) r.reject(this.failure);
    this.receipts.clear();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new StompTimeout(`timed out after ${ms} ms ${what}`));
    }, ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
