// The selected broker's activemq.xml, generated live from the network, highlighted, with Copy and Download; for an
// imported broker, a diff against its original file; tabs for its MCollective server.cfg / client.cfg if it has any.

import { lazy, Suspense, useMemo, useState } from 'react';
import { brokerXml, deriveNetwork, fileSafeName, maskPasswords } from '../model';
import { amazonMqConfig } from '../model/amazonMq/configXml';
import { useDesigner } from '../store/designerStore';
import { notify, toggleXml, useUi } from '../store/uiStore';
import { download } from './files';
import { originalOf, useOriginals } from './import/originals';
import { LoadFailure } from './LoadFailure';
import { cfgFilesOf, highlightCfg, maskCfgPasswords, type PreviewTab, PreviewTabs } from './previewTabs';
import { useSettled } from './useSettled';
import { highlightXml } from './xmlHighlight';

// The diff against an imported original (and the diff library) loads when first shown.
const OriginalDiff = lazy(() => import('./import/OriginalDiff').then((m) => ({ default: m.OriginalDiff })));

export function XmlPreview() {
  const network = useDesigner((s) => s.current.network);
  // Settled: selecting a node (as a drag starts) must not wait for a thousand highlighted lines to render.
  const index = useSettled(useDesigner((s) => (s.selection.brokers.length === 1 ? s.selection.brokers[0] : undefined)));
  const open = useUi((s) => s.xmlOpen);
  const broker = index === undefined ? undefined : network.brokers[index];
  // Positions are not in `network`, so dragging does not regenerate the XML.
  // On Amazon MQ the preview is the configuration the zip holds for the broker (model/amazonMq/configXml.ts).
  const amazon = network.settings.target === 'amazon-mq';
  const activemqXml = useMemo(() => (!broker ? undefined : amazon ? amazonMqConfig(deriveNetwork(network), broker).xml : brokerXml(deriveNetwork(network), broker)), [network, broker, amazon]);
  const cfgs = useMemo(() => (broker ? cfgFilesOf(network, broker) : []), [network, broker]);
  const [tab, setTab] = useState<PreviewTab>('activemq.xml');
  const cfg = cfgs.find((c) => c.tab === tab);
  const xml = cfg ? cfg.text : activemqXml;
  // Passwords are masked on screen unless asked for (screen shares, shoulder surfing); Copy and Download use the real text.
  const [showPasswords, setShowPasswords] = useState(false);
  const highlighted = useMemo(() => (!xml || !open ? undefined : cfg ? highlightCfg(showPasswords ? xml : maskCfgPasswords(xml))
    : highlightXml(showPasswords ? xml : maskPasswords(xml))), [xml, cfg, open, showPasswords]);
  const fileName = cfg ? cfg.fileName : broker ? `${fileSafeName(broker.name)}.xml` : '';
  const original = originalOf(useOriginals((s) => s.byBroker), broker);
  const [diffing, setDiffing] = useState(false);
  const [ignoreFormatting, setIgnoreFormatting] = useState(false);
  const showDiff = diffing && !!original && !!xml && !cfg;
  const copy = async () => {
    if (!xml) return;
    try { await navigator.clipboard.writeText(xml); notify(`Copied ${fileName}`); } catch { notify('The browser refused the clipboard; select the text and copy it.'); }
  };
  return (
    <section className={`panel xml-preview${open ? '' : ' collapsed'}`} aria-label="XML preview">
      <div className="panel-title-row">
        <button type="button" className="panel-title as-button" onClick={toggleXml} aria-expanded={open}>
          {open ? '▾' : '▸'} {cfg ? cfg.tab : amazon ? 'configuration.xml (Amazon MQ)' : 'activemq.xml'} {broker && <span className="muted">{broker.name}</span>}
        </button>
        {xml && open && (
          <div className="xml-actions">
            {original && !cfg && (
              // Two buttons, the pressed one naming what is shown (a single toggle read as the other mode).
              <div className="segmented" role="group" aria-label="Show" data-testid="xml-diff-toggle">
                <button type="button" className={`small-button${showDiff ? '' : ' active'}`} aria-pressed={!showDiff} data-mode="xml" onClick={() => setDiffing(false)}>XML</button>
                <button type="button" className={`small-button${showDiff ? ' active' : ''}`} aria-pressed={showDiff} data-mode="diff" onClick={() => setDiffing(true)} title={`Compare with ${original.file} as imported`}>Diff vs {original.file}</button>
              </div>
            )}
            {showDiff && (
              <label className="check xml-ignore-format" title="Compare tags, attributes and text, not indentation or line breaks">
                <input type="checkbox" name="diff-ignore-formatting" checked={ignoreFormatting} onChange={(e) => setIgnoreFormatting(e.target.checked)} /> ignore formatting
              </label>
            )}
            <label className="check xml-show-passwords" title="The preview masks passwords; Copy and Download always contain them">
              <input type="checkbox" name="show-passwords" checked={showPasswords} onChange={(e) => setShowPasswords(e.target.checked)} /> show passwords
            </label>
            <button type="button" className="small-button" onClick={copy}>Copy</button>
            <button type="button" className="small-button" onClick={() => download(fileName, xml, cfg ? 'text/plain' : 'application/xml')}>Download</button>
          </div>
        )}
      </div>
      {open && cfgs.length > 0 && <PreviewTabs tabs={['activemq.xml', ...cfgs.map((c) => c.tab)]} active={cfg ? cfg.tab : 'activemq.xml'} onSelect={setTab} />}
      {open && (showDiff ? (
        <LoadFailure what="diff"><Suspense fallback={null}>
          <OriginalDiff original={original} xml={xml} showPasswords={showPasswords} ignoreFormatting={ignoreFormatting} />
        </Suspense></LoadFailure>
      ) : xml
        ? <pre className="xml-code" data-testid="xml-code" tabIndex={0} aria-label="activemq.xml preview"><code>{highlighted}</code></pre>
        : <p className="panel-hint">Select one broker to see its {amazon ? 'Amazon MQ configuration' : 'activemq.xml'}.</p>)}
      {open && broker?.role === 'external' && <p className="panel-hint">External brokers are not part of the zip export.</p>}
    </section>
  );
}
