// The error an XML input raises: a TopologyError (the model's one refusal type) that names file, line and column.
import { TopologyError } from '../topologyErrors';

export class XmlError extends TopologyError {
  constructor(message: string, location: { file?: string; line?: number; column?: number }) {
    super(message, location);
    this.name = 'XmlError';
  }
}
