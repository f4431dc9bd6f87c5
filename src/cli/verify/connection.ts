// One STOMP connection of `verify` to one broker, through @stomp/stompjs over a node socket: CONNECT (telling an
// unreachable broker from a refused login), SUBSCRIBE and SEND each confirmed by the broker's RECEIPT (so "nothing
// arrived" never means "the broker did not take it"), and a DISCONNECT that waits for the socket to close.

import { Client, type IFrame, type IMessage, type StompSubscription } from '@stomp/stompjs';
import type { BrokerStatus, Endpoint } from '../../model/verify';
import { NodeStompSocket } from './nodeSocket';

export interface Opened {
  status: BrokerStatus;
  error?: string;
  connection?: ProbeConnection;
}

const OP_TIMEOUT_MS = 10_000;

function frameText(f: IFrame): string {
  const body = f.body?.trim().split('\n')[0];
  return `${f.headers.message ?? 'ERROR'}${body && body !== f.headers.message ? ` — ${body}` : ''}`;
}

export class ProbeConnection {
  private next = 1;
  private readonly pending = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  /** Set once the connection failed after CONNECT (an ERROR frame, a closed socket). */
  failure: string | undefined;

  constructor(readonly endpoint: Endpoint, private readonly client: Client) {}

  /** Called by the client's handlers. */
  fail(reason: string, receiptId?: string): void {
    const one = receiptId ? this.pending.get(receiptId) : undefined;
    if (one) {
      this.pending.delete(receiptId!);
      one.reject(new Error(reason));
      return;
    }
    this.failure ??= reason;
    for (const p of this.pending.values()) p.reject(new Error(reason));
    this.pending.clear();
  }

  private confirmed(send: (receipt: string) => void): Promise<void> {
    if (this.failure) return Promise.reject(new Error(this.failure));
    const receipt = `verify-${this.next++}`;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(receipt);
        reject(new Error(`no RECEIPT from ${this.endpoint.broker} within ${OP_TIMEOUT_MS / 1000} s`));
      }, OP_TIMEOUT_MS);
      const done = (f: () => void) => () => { clearTimeout(timer); f(); };
      this.pending.set(receipt, { resolve: done(resolve), reject: (e) => { clearTimeout(timer); reject(e); } });
      this.client.watchForReceipt(receipt, () => {
        const p = this.pending.get(receipt);
        this.pending.delete(receipt);
        p?.resolve();
      });
      send(receipt);
    });
  }

  /** Subscribes (ack auto) and resolves once the broker confirmed the subscription. */
  async subscribe(destination: string, onMessage: (m: IMessage) => void): Promise<StompSubscription> {
    let sub: StompSubscription | undefined;
    await this.confirmed((receipt) => { sub = this.client.subscribe(destination, onMessage, { receipt }); });
    return sub!;
  }

  async unsubscribe(sub: StompSubscription): Promise<void> {
    await this.confirmed((receipt) => sub.unsubscribe({ receipt }));
  }

  send(destination: string, body: string, headers: Record<string, string>): Promise<void> {
    return this.confirmed((receipt) => this.client.publish({ destination, body, headers: { ...headers, receipt, 'content-type': 'text/plain' } }));
  }

  /** DISCONNECT (the client waits for its receipt) and the socket's close; bounded. */
  async close(): Promise<void> {
    await Promise.race([this.client.deactivate(), new Promise((r) => setTimeout(r, 5000).unref())]);
    await this.client.forceDisconnect?.();
  }
}

/** Connects and logs in; never throws: the result says ok, unreachable or login-refused. */
export function openConnection(endpoint: Endpoint, ca: string[] | undefined, timeoutMs: number): Promise<Opened> {
  return new Promise<Opened>((resolve) => {
    let socket: NodeStompSocket | undefined;
    let settled = false;
    let connection: ProbeConnection | undefined;
    const client = new Client({
      webSocketFactory: () => (socket = new NodeStompSocket({ host: endpoint.host, port: endpoint.port, tls: endpoint.ssl ? { ca } : undefined })),
      connectHeaders: { login: endpoint.login, passcode: endpoint.passcode, host: endpoint.host },
      reconnectDelay: 0,
      heartbeatIncoming: 0,
      heartbeatOutgoing: 0,
      debug: () => {},
    });
    const settle = (o: Opened) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (o.status !== 'ok') void client.deactivate();
      resolve(o);
    };
    const timer = setTimeout(() => settle({ status: 'unreachable', error: `no STOMP answer within ${timeoutMs / 1000} s` }), timeoutMs);
    client.onConnect = () => {
      connection = new ProbeConnection(endpoint, client);
      settle({ status: 'ok', connection });
    };
    client.onStompError = (f) => {
      if (!settled) settle({ status: 'login-refused', error: frameText(f) });
      else connection?.fail(`${endpoint.broker}: ${frameText(f)}`, f.headers['receipt-id']);
    };
    client.onWebSocketClose = () => {
      const e = socket?.error as NodeJS.ErrnoException | undefined;
      const why = !e ? 'the connection was closed' : e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message;
      if (!settled) settle({ status: 'unreachable', error: why });
      else connection?.fail(`${endpoint.broker}: ${why}`);
    };
    client.activate();
  });
}
