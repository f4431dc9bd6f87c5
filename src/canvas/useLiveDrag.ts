// Node positions while a drag is under way. The moves stay in React state of the canvas and reach the designer
// store once, when the drag ends (one undo step). Why: a store update re-renders its subscribers synchronously in
// the pointer event, one full render per mouse move, while React state lets React fold moves that arrive faster
// than frames into one render, as a bare React Flow page does (bench:canvas: drag frames at 1,000 brokers).

import { useCallback, useRef, useState } from 'react';
import type { Position } from '../model';
import { endDrag, moveBrokers, useDesigner } from '../store/designerStore';
import { setDragging } from '../store/uiStore';

export type Move = { index: number; position: Position };
/** Positions of the drag under way, over the store's positions they started from. */
interface Live { base: Position[]; positions: Position[] }

export function useLiveDrag() {
  const storePositions = useDesigner((s) => s.current.positions);
  const [live, setLive] = useState<Live | undefined>(undefined);
  const liveRef = useRef<Live | undefined>(undefined);

  /** Moves nodes for the drag under way; nothing reaches the store yet. */
  const moveLive = useCallback((moves: Move[]) => {
    const base = useDesigner.getState().current.positions;
    const from = liveRef.current?.base === base ? liveRef.current.positions : base;
    const positions = [...from];
    for (const m of moves) if (m.index < positions.length) positions[m.index] = m.position;
    liveRef.current = { base, positions };
    setLive(liveRef.current);
    setDragging(true);
  }, []);

  /** Ends the drag: every node it moved, and `last` moves, go to the store as one undo step. */
  const endLive = useCallback((last: Move[]) => {
    const base = useDesigner.getState().current.positions;
    const current = liveRef.current?.base === base ? liveRef.current.positions : base;
    const moves: Move[] = [];
    current.forEach((p, index) => { if (p !== base[index]) moves.push({ index, position: p }); });
    moves.push(...last);
    liveRef.current = undefined;
    setLive(undefined);
    setDragging(false);
    if (moves.length) moveBrokers(moves);
    endDrag();
  }, []);

  // A store change during a drag (undo, a load) wins: positions from another base are dropped.
  const positions = live && live.base === storePositions ? live.positions : storePositions;
  return { positions, moveLive, endLive };
}
