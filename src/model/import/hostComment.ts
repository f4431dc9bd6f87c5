// The host of an imported broker that only its file's name told (docker-compose style: activemq-a.xml holds broker
// "a", the others dial tcp://activemq-a:61616). Export names files after brokers (a/activemq.xml), so that hint would
// be lost and a re-import would make the dialled host an external broker. Such a broker's template gets a marker
// just before <broker>; export writes the designer comment there (role, host, location), and a re-import cuts that
// comment back into the very same marker, so import → export → import gives the same topology and template.

import { type DesignerMeta, readDesignerComment } from '../xml/designerComment';
import { marker } from './template';

const KIND = '+meta';

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^[ \t]*$/.exec(text.slice(lineStart, offset));
  return m ? m[0] : '';
}

/** The template with the host marker before the <broker> start tag at `brokerStart` (offsets before it are the text's). */
export function withHostMarker(template: string, brokerStart: number): string {
  return template.slice(0, brokerStart) + marker(KIND, lineIndent(template, brokerStart)) + template.slice(brokerStart);
}

/**
 * A designer comment written by export right before <broker> (`<!-- … -->`, newline, the broker's indent): its
 * meta, and the template with the comment cut back into the marker. Undefined when the text has no such comment.
 */
export function hostCommentBefore(text: string, brokerStart: number): { meta: DesignerMeta; cut: (template: string) => string } | undefined {
  const indent = lineIndent(text, brokerStart);
  const end = brokerStart - indent.length - 1;
  if (end < 3 || text[end] !== '\n' || !text.startsWith('-->', end - 3)) return undefined;
  const start = text.lastIndexOf('<!--', end - 3);
  if (start < 0 || lineIndent(text, start) !== indent) return undefined;
  const body = text.slice(start + 4, end - 3);
  const meta = body.includes('\n') ? undefined : readDesignerComment(body);
  if (!meta) return undefined;
  return { meta, cut: (template) => template.slice(0, start) + marker(KIND, indent) + template.slice(brokerStart) };
}
