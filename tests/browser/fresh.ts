// A fresh designer tab on the NOC-and-countries example: autosave cleared, so nothing to restore or undo.
import { DesignerPage } from './designerPage';
import type { App } from './harness';

export async function freshExample(app: App): Promise<DesignerPage> {
  const page = await app.open();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const d = new DesignerPage(page);
  await d.node('noc').waitFor();
  return d;
}
