// The metadata every diagnostic code carries beside the rule that raises it (ESLint-style: one definition per code,
// many views). The diagnostics catalogue (validate/catalogue.ts) collects them; the designer's help, the CLI's
// `--explain CODE` and docs/diagnostics.md are all generated from that one list.

import type { Severity } from '../types';

export interface CodeMeta {
  /** The diagnostic code, as in CONTRACT section 3 or the project's own additions. */
  code: string;
  /** The severities the code is raised with (duplicate-connector-name: error within one broker, warning across). */
  severities: Severity[];
  /** One line: what the code means. */
  title: string;
  /** Where the reason is written down: R-numbers of activemq-notes.md, P-numbers of network-pitfalls.md. */
  refs?: string[];
  /** What goes wrong on a real broker when the condition holds. */
  breaks: string;
  /** The ActiveMQ log line (or client error) that shows it, where there is one. */
  logLine?: string;
  /** How to fix it by hand (and what the designer's one-click fix does, where there is one). */
  fix: string;
  /** A minimal example that raises the code: an XML or topology fragment. */
  example?: string;
  /** Whether the designer offers a one-click fix. */
  fixable?: boolean;
}
