// The drag-and-drop payload between the palette (src/ui) and the canvas: which kind of broker is being dropped.

export const PALETTE_MIME = 'application/x-amq-broker-role';
export type PaletteRole = 'broker' | 'noc';

export function isPaletteRole(v: string): v is PaletteRole {
  return v === 'broker' || v === 'noc';
}
