// A peer whose TCP handshakes go unanswered, on 127.0.0.1 and without packet filters: a listener with a backlog of 0
// that never accepts, whose one accept-queue slot is taken by a connection of our own. Linux then drops every
// further SYN (tcp_conn_request: accept queue full → drop), so a connect to it blocks until the caller's timeout,
// as with a black-holed host (network-pitfalls.md P13). Python, because Node's listener always accepts.

import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';

const SCRIPT = `
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(0)
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
print("ready", flush=True)
time.sleep(3600)
`;

export interface BlackHole {
  port: number;
  close(): void;
}

export async function blackHole(port: number): Promise<BlackHole> {
  const child: ChildProcess = spawn('python3', ['-c', SCRIPT, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    child.stdout!.once('data', () => ok());
    child.once('exit', (code) => fail(new Error(`black hole on ${port} exited (${code})`)));
  });
  return { port, close: () => child.kill('SIGKILL') };
}

/** True when a connect to the port neither succeeds nor fails within `ms`: the SYN went unanswered. */
export function connectHangs(port: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => {
      s.destroy();
      resolve(true);
    }, ms);
    const settle = () => {
      clearTimeout(timer);
      s.destroy();
      resolve(false);
    };
    s.once('connect', settle);
    s.once('error', settle);
  });
}
