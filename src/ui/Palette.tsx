// The palette: "Broker" and "NOC broker" are buttons. Dragged onto the canvas (HTML5 drag and drop; the canvas
// places it where dropped), or pressed (Enter, Space, a click): the canvas adds one at a free spot of the view.

import type { DragEvent } from 'react';
import { PALETTE_MIME, type PaletteRole } from '../canvas/paletteDrag';
import { requestPlace } from '../store/uiStore';
import './keyboard.css';

const ITEMS: { role: PaletteRole; label: string; name: string; hint: string }[] = [
  { role: 'broker', label: 'Broker', name: 'Add a broker', hint: 'A broker per country or data center' },
  { role: 'noc', label: 'NOC broker', name: 'Add a NOC broker', hint: 'The broker operators\u2019 tools connect to' },
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
          <button
            key={it.role} type="button" className={`palette-item role-${it.role}`} draggable onDragStart={(e) => onDragStart(e, it.role)}
            onClick={() => requestPlace(it.role)} title={`${it.hint}. Drag onto the canvas, or press Enter to add one where there is room.`}
            aria-label={it.name} data-palette={it.role}
          >
            <span className="palette-swatch" aria-hidden="true" />
            {it.label}
          </button>
        ))}
      </div>
      <p className="panel-hint">Drag onto the canvas, or press Enter on an item to add one where the view has room. To link two brokers, drag from a handle (a dot on a broker’s edge) of the broker that dials, and drop anywhere on the broker it dials; or select the broker and press C (Connect to…).</p>
    </section>
  );
}
