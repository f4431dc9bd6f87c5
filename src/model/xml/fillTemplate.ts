// Writing an imported broker back: the template's markers (import/template.ts) are filled from the model, every
// other byte of the original file is kept. A section the file did not have is inserted only if the model now
// has something to put in it.

import { amazonDefaultName } from '../amazonMq/importMeta';
import { MARK } from '../import/template';
import type { DerivedNetwork } from '../network';
import type { Broker } from '../types';
import { designerComment } from './designerComment';
import { attrs } from './escape';
import { authorizationItems, block, connectorItems, type Item, place, pluginBlocks, sslItem, transportItems, userItems } from './sections';

function content(items: Item[], childIndent: string, closeIndent: string): string {
  return items.length ? `\n${place(items, childIndent)}\n${closeIndent}` : `\n${closeIndent}`;
}

/** A new section at an insertion marker: before the next sibling (then re-indent it) or after the last one. */
function inserted(text: string, where: string, indent: string): string {
  if (!text) return '';
  return where === 'before' ? `${text.trimStart()}\n${indent}` : `\n${text}`;
}

export function fillTemplate(net: DerivedNetwork, broker: Broker): string {
  const template = broker.imported!.template;
  const re = new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g');
  return template.replace(re, (_m, body: string) => {
    const [kind, a = '', b = ''] = body.split('|');
    switch (kind) {
      case 'name': return attrs([['brokerName', broker.name]]).trimStart();
      // The file had no brokerName: ActiveMQ's default "localhost" is what import read, so write nothing back for it.
      // An Amazon MQ file is named after its comment or file name instead (model/amazonMq/importMeta.ts).
      case '+name': return broker.name === 'localhost' || broker.name === amazonDefaultName(template, broker.imported!.file) ? '' : attrs([['brokerName', broker.name]]);
      case 'networkConnectors': return content(connectorItems(net, broker), a, b);
      case 'transportConnectors': return content(transportItems(broker), a, b);
      case 'merged': return `\n${b}`;
      // A host only the original file's name told (import/hostComment.ts): say it in the designer comment.
      case '+meta': return `${designerComment(broker)}\n${a}`;
      case 'users': return content(userItems(broker), a, b);
      case 'authorizationEntries': return content(authorizationItems(broker), a, b);
      case 'sslContext': return sslItem(broker)?.text ?? '';
      case '+networkConnectors': { const items = connectorItems(net, broker); return inserted(items.length ? block('networkConnectors', items, b) : '', a, b); }
      case '+transportConnectors': return inserted(broker.transports.length ? block('transportConnectors', transportItems(broker), b) : '', a, b);
      case '+sslContext': { const s = sslItem(broker); return inserted(s ? block('sslContext', [s], b) : '', a, b); }
      case '+plugins': { const p = pluginBlocks(broker, b + '  '); return inserted(p.length ? `${b}<plugins>\n${p.join('\n')}\n${b}</plugins>` : '', a, b); }
      case '+authentication': return inserted(broker.users ? pluginBlocks({ ...broker, authorization: undefined }, b)[0] : '', a, b);
      case '+authorization': return inserted(broker.authorization ? pluginBlocks({ ...broker, users: undefined }, b)[0] : '', a, b);
      default: return '';
    }
  });
}
