// Fresh designer tabs: on the NOC-and-countries example, or on an empty network; autosave cleared, so nothing to
// restore or undo.
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

/** A designer tab on an empty network (New), with no autosave left from an earlier test. */
export async function emptyDesigner(app: App): Promise<DesignerPage> {
  const page = await app.open();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const d = new DesignerPage(page);
  await d.command('new');
  await page.locator('.react-flow__node').first().waitFor({ state: 'detached' });
  return d;
}
