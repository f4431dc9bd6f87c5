// A peer whose SYNs are dropped, on 127.0.0.1 and without root: a listening socket with backlog 0 that never accepts,
// its one-entry accept queue filled by our own connection, so Linux drops every further SYN ("LISTEN overflow") and
// a connect() blocks until its timeout, as for a black-holed host. Needs python3 (socket.listen(0) never accepting;
// Node's net.Server always accepts).

import { type ChildProcess, spawn } from 'node:child_process';

const SCRIPT = `
import socket, sys, time
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)
port = s.getsockname()[1]
fill = []
for i in range(3):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(('127.0.0.1', port))
    except BlockingIOError: pass
    fill.append(c)
time.sleep(0.3)
probe = socket.socket(); probe.settimeout(2)
try:
    probe.connect(('127.0.0.1', port)); print('ACCEPTS', port, flush=True)
except socket.timeout:
    print('DROPS', port, flush=True)
sys.stdin.read()
`;

export interface BlackHole {
  port: number;
  close(): void;
}

export function blackHole(): Promise<BlackHole> {
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn('python3', ['-c', SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
    } catch (e) {
      reject(new Error(`python3 is needed for the black-holed peer (apt-get install python3): ${String(e)}`));
      return;
    }
    child.once('error', (e) => reject(new Error(`python3 is needed for the black-holed peer (apt-get install python3): ${e.message}`)));
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /(ACCEPTS|DROPS) (\d+)/.exec(out);
      if (!m) return;
      if (m[1] !== 'DROPS') {
        child.kill();
        reject(new Error('the backlog-0 listener still accepted connections: this kernel does not drop SYNs on a full accept queue'));
        return;
      }
      resolve({ port: Number(m[2]), close: () => child.kill() });
    });
  });
}
