// Command-line argument parsing: positional words and `--flag [value]` options, nothing clever.

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Options that take a value; every other `--x` is a switch. */
const VALUED = new Set(['out', 'zip', 'from', 'to', 'destination', 'timeout', 'credentials', 'hosts', 'flows', 'ca', 'truststore', 'truststore-password', 'via']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) options.set(name, a.slice(eq + 1));
      else if (VALUED.has(name)) {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        options.set(name, v);
        i++;
      } else options.set(name, true);
    } else positional.push(a);
  }
  return { positional, options };
}

export class UsageError extends Error {}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
