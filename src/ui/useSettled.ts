// Panels that follow the selection (inspector, XML preview) read it through useSettled: a drag starts by selecting
// its node, and rendering a broker's form and highlighted XML then would stall the first frames of the drag
// (100-150 ms on 1,000 brokers, bench:canvas). The value is held while a drag is under way, then deferred.

import { useDeferredValue, useRef } from 'react';
import { useUi } from '../store/uiStore';

export function useSettled<T>(value: T): T {
  const dragging = useUi((s) => s.dragging);
  const held = useRef(value);
  if (!dragging) held.current = value;
  return useDeferredValue(held.current);
}
