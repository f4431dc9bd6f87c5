// Entry point of the command line (`npm run -s cli -- <command>`): dispatch, usage, and exit codes for bad input.

import { TopologyError } from '../model';
import { parseArgs, UsageError } from './args';
import { EXIT_BAD_INPUT, exportCommand, type Io, validateCommand } from './commands';
import { explainCommand } from './explainCommand';
import { importCommand } from './importCommand';
import { simulateCommand } from './simulateCommand';
import { verifyCommand } from './verify/command';

const USAGE = `Usage: amq-network-designer <command> …
  validate FILE [--json]                       print the diagnostics of a topology file (exit 1 on errors)
  export FILE --out DIR [--force] [--cfg] [--cfg-complete] [--keytool]
                                               write DIR/<broker>.xml for every broker; --cfg adds the
                                               MCollective DIR/<broker>.server.cfg / .client.cfg files
                                               (connector lines to merge), --cfg-complete whole cfg files
                                               (identity and psk to fill in), --keytool DIR/make-keystores.sh
  export FILE --zip OUT.zip [--force] [--keytool] [--cfg-complete]
                                               write the designer's zip (configs, topology, README);
                                               --keytool as the designer's "keystore script" option,
                                               --cfg-complete: whole MCollective cfg files in it
  import XML_OR_ZIP... [--out FILE]            read activemq.xml files (or zips) into a topology
  simulate FILE --from B --to B1[,B2…] --destination topic://X|queue://X [--via topic://V] [--json]
                                               predict where a message is delivered, and by which path
  explain [CODE] [--json]                      what a diagnostic code breaks on a real broker, and the fix
  verify FILE [--json] [--timeout S] [--hosts FILE] [--credentials FILE] [--flows default|all|FROM>TO,…]
         [--ca CERT.pem[,…]] [--truststore FILE --truststore-password PW]
                                               send tagged probes over STOMP through the running brokers
                                               and compare with the design (exit 0 as designed, 1 differs,
                                               2 cannot run)
`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: Io) => number> = {
  validate: validateCommand,
  export: exportCommand,
  import: importCommand,
  simulate: simulateCommand,
  explain: explainCommand,
};

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'verify') throw new UsageError('verify talks to brokers and runs asynchronously: call runAsync');
    if (!command || command === '--help' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : EXIT_BAD_INPUT;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    return handler(parseArgs(rest), io);
  } catch (e) {
    return failure(e, io);
  }
}

/** Every command, the asynchronous `verify` included (what the command line runs). */
export async function runAsync(argv: string[], io: Io): Promise<number> {
  if (argv[0] !== 'verify') return run(argv, io);
  try {
    return await verifyCommand(parseArgs(argv.slice(1)), io);
  } catch (e) {
    return failure(e, io);
  }
}

function failure(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`error: ${e.message}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  if (e instanceof TopologyError) {
    io.err(`error: ${e.message}\n`);
    return EXIT_BAD_INPUT;
  }
  throw e;
}

const isMain = process.argv[1] && /main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  void runAsync(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then((code) => {
    process.exitCode = code;
  });
}
