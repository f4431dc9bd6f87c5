// The verify report shown in the designer: opened from a `verify --json` file, painted on the canvas until
// cleared. UI state only: never in the document, its undo history or the saved file.

import { create } from 'zustand';
import { setSimHighlight } from '../../canvas/simHighlight';
import { parseVerifyReport, type VerifyReport } from '../../model/verify';
import { currentTopology } from '../../store/derived';
import { openDialog } from '../../store/uiStore';
import { clearSimulation } from '../simulate/simulationStore';
import { verifyHighlight } from './verifyHighlight';

interface VerifyState {
  report: VerifyReport | undefined;
  fileName: string;
}

export const useVerify = create<VerifyState>(() => ({ report: undefined, fileName: '' }));

/** Shows a report read from `text`; a file that is not a report changes nothing and says why. */
export function showVerifyReport(text: string, fileName: string): boolean {
  let report: VerifyReport;
  try {
    report = parseVerifyReport(text);
  } catch (e) {
    openDialog({ kind: 'error', title: `Cannot open ${fileName} as a verify report`, message: `${(e as Error).message}\n\nNothing was changed.` });
    return false;
  }
  clearSimulation();
  useVerify.setState({ report, fileName });
  setSimHighlight(verifyHighlight(currentTopology(), report), 'verify');
  return true;
}

export function clearVerifyReport(): void {
  useVerify.setState({ report: undefined, fileName: '' });
  setSimHighlight(undefined, 'verify');
}

/** The file chooser for a saved `verify --json` output. */
export function chooseVerifyReport(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.onchange = () => {
    const f = input.files?.[0];
    if (!f) return;
    f.text().then((t) => showVerifyReport(t, f.name), (e: Error) => openDialog({ kind: 'error', title: `Cannot read ${f.name}`, message: e.message }));
  };
  input.click();
}
