// The palette: drag "Broker" or "NOC broker" onto the canvas (HTML5 drag and drop; the canvas places it).

import type { DragEvent } from 'react';
import { PALETTE_MIME, type PaletteRole } from '../canvas/paletteDrag';

const ITEMS: { role: PaletteRole; label: string; hint: string }[] = [
  { role: 'broker', label: 'Broker', hint: 'A broker per country or data center' },
  { role: 'noc', label: 'NOC broker', hint: 'The broker operators\u2019 tools connect to' },
];

export function Palette() {
  const onDragStart = (e: DragEvent, role: PaletteRole) => {
    e.dataTransfer.setData(PALETTE_MIME, role);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <section className="panel palette" aria-label="Palette">
      <h2 className="panel-title">Add</h2>
      <div className="palette-items">
        {ITEMS.map((it) => (
          <div key={it.role} className={`palette-item role-${it.role}`} draggable onDragStart={(e) => onDragStart(e, it.role)} title={it.hint} data-palette={it.role}>
            <span className="palette-swatch" aria-hidden="true" />
            {it.label}
          </div>
        ))}
      </div>
      <p className="panel-hint">Drag onto the canvas. To link two brokers, drag from a handle (a dot on a broker’s edge) of the broker that dials, and drop anywhere on the broker it dials.</p>
    </section>
  );
}
