// The XML preview's tabs (issue 7): a broker with MCollective servers or clients also shows its server.cfg and
// client.cfg, the model's generated text; here the tab list, the cfg texts, their password mask and highlighting.

import './previewTabs.css';
import type { ReactNode } from 'react';
import { type Broker, deriveNetwork, fileSafeName, groupCfg, type Topology } from '../model';
import { cfgKinds } from '../model/mcollectiveCfg';

export type PreviewTab = 'activemq.xml' | 'server.cfg' | 'client.cfg';

export interface CfgFile { tab: PreviewTab; text: string; fileName: string }

/** The cfg files the export writes beside this broker's activemq.xml (none for most brokers). */
export function cfgFilesOf(network: Topology, broker: Broker): CfgFile[] {
  const kinds = cfgKinds(broker);
  if (!kinds.length) return [];
  const { brokerByName } = deriveNetwork(network);
  return kinds.map((kind) => {
    const tab: PreviewTab = kind === 'servers' ? 'server.cfg' : 'client.cfg';
    return { tab, text: groupCfg(broker, kind, brokerByName), fileName: `${fileSafeName(broker.name)}-${tab}` };
  });
}

const MASK = '••••••';

/** The cfg text with every pool password masked, for the screen only. */
export function maskCfgPasswords(text: string): string {
  return text.replace(/^(plugin\.activemq\.pool\.\d+\.password[ \t]*=[ \t]*).*$/gm, `$1${MASK}`);
}

/** Comments, keys and values of a cfg text as React text nodes (never markup). */
export function highlightCfg(text: string): ReactNode[] {
  return text.split('\n').flatMap((line, i) => {
    const nl = i > 0 ? ['\n'] : [];
    if (line.startsWith('#')) return [...nl, <span key={i} className="x-comment">{line}</span>];
    const m = /^([^=]*?)(\s*=\s*)(.*)$/.exec(line);
    if (!m) return [...nl, line];
    return [...nl, <span key={`${i}k`} className="x-attr">{m[1]}</span>, m[2], <span key={`${i}v`} className="x-val">{m[3]}</span>];
  });
}

export function PreviewTabs({ tabs, active, onSelect }: { tabs: PreviewTab[]; active: PreviewTab; onSelect: (t: PreviewTab) => void }) {
  return (
    <div className="preview-tabs" role="tablist" aria-label="Files of this broker">
      {tabs.map((t) => (
        <button
          key={t} type="button" role="tab" aria-selected={t === active} data-tab={t}
          className={`preview-tab${t === active ? ' active' : ''}`} onClick={() => onSelect(t)}
        >{t}</button>
      ))}
    </div>
  );
}
