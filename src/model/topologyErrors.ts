// The one error type the model throws for input it refuses: it says what is wrong and where.

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path such as `brokers[2].transports[0].uri`. */
  path?: string;
}

export class TopologyError extends Error {
  readonly location: ErrorLocation;
  constructor(message: string, location: ErrorLocation = {}) {
    super(formatMessage(message, location));
    this.name = 'TopologyError';
    this.location = location;
  }
}

function formatMessage(message: string, loc: ErrorLocation): string {
  const where: string[] = [];
  if (loc.file) where.push(loc.file);
  if (loc.line !== undefined) where.push(`line ${loc.line}` + (loc.column !== undefined ? `, column ${loc.column}` : ''));
  if (loc.path) where.push(`at ${loc.path}`);
  return where.length ? `${where.join(' ')}: ${message}` : message;
}
