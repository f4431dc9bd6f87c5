// A page object for the designer: the actions a person takes (drag from the palette, connect handles, type in
// the inspector, press keys) and what they read back (broker names, diagnostic codes).

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export class DesignerPage {
  constructor(readonly page: Page) {}

  node(name: string): Locator {
    return this.page.locator('.react-flow__node', { has: this.page.locator(`[data-broker="${name.replace(/["\\]/g, '\\$&')}"]`) });
  }

  /** Where the node sits on the canvas: its CSS transform (z-index and the like left out). */
  async placement(name: string): Promise<string> {
    return this.node(name).evaluate((el) => (el as HTMLElement).style.transform);
  }

  async brokerNames(): Promise<string[]> {
    return (await this.page.locator('.react-flow__node .broker-name').allTextContents()).sort();
  }

  async diagnosticCodes(): Promise<string[]> {
    return this.page.locator('.diagnostics li.diag').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  }

  /** Waits until the diagnostics panel does (or does not) list `code`. */
  async waitForDiagnostic(code: string, present = true): Promise<void> {
    const sel = `.diagnostics li.diag[data-code="${code}"]`;
    await this.page.locator(sel).first().waitFor({ state: present ? 'visible' : 'detached' });
  }

  /** Runs a command by its toolbar button, or from the "More" menu when the toolbar has moved it there. */
  async command(id: string): Promise<void> {
    const button = this.page.locator(`[data-command="${id}"]`);
    if (await button.isVisible()) return button.click();
    await this.page.getByTestId('more-menu').click();
    await this.page.locator(`[data-menu-command="${id}"]`).click();
  }

  /** Drags a palette item onto the canvas pane at (x, y) relative to the pane's top-left corner. */
  async dropFromPalette(role: 'broker' | 'noc', x: number, y: number): Promise<void> {
    await this.page.locator(`[data-palette="${role}"]`).dragTo(this.page.locator('.react-flow__pane'), { targetPosition: { x, y } });
  }

  /** Drags with the mouse from `from`'s bottom handle to `to`'s top handle: a link from → to. */
  async connect(from: string, to: string): Promise<void> {
    const a = await this.node(from).locator('.react-flow__handle-bottom').boundingBox();
    const b = await this.node(to).locator('.react-flow__handle-top').boundingBox();
    if (!a || !b) throw new Error(`handles of ${from} or ${to} not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await mouse.down();
    await mouse.move(a.x + 20, a.y + 40, { steps: 5 });
    await mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await mouse.up();
  }

  /** Drags from one of `from`'s handles and drops on `to`: on its body's centre, or on one of its handles. */
  async drawLink(from: string, handle: 'top' | 'bottom', to: string, drop: 'body' | 'top' | 'bottom' = 'body'): Promise<void> {
    const a = await this.node(from).locator(`.react-flow__handle-${handle}`).boundingBox();
    const b = await (drop === 'body' ? this.node(to).locator('.broker-host') : this.node(to).locator(`.react-flow__handle-${drop}`)).boundingBox();
    if (!a || !b) throw new Error(`${from}'s handle or ${to} not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await mouse.down();
    await mouse.move(a.x + 30, a.y + (handle === 'top' ? -30 : 30), { steps: 5 });
    await mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await mouse.up();
  }

  /** The edge (React Flow's group) of the link with this id (its `from-to` name). */
  edge(linkId: string): Locator {
    return this.page.locator('.react-flow__edge', { has: this.page.locator(`[data-link-path="${linkId.replace(/["\\]/g, '\\$&')}"]`) });
  }

  /** A point on the link's drawn path, `t` of the way along it, in page coordinates. */
  async pointOnLink(linkId: string, t: number): Promise<{ x: number; y: number }> {
    return this.edge(linkId).locator('path.react-flow__edge-path').evaluate((el, t) => {
      const path = el as SVGPathElement;
      const p = path.getPointAtLength(path.getTotalLength() * t);
      const m = path.getScreenCTM()!;
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
    }, t);
  }

  /** "from dials to" as the link inspector shows it, once it shows a link. */
  async inspectedLink(): Promise<string> {
    const ends = this.page.locator('[data-inspector="link"] .link-ends');
    await ends.waitFor();
    return ((await ends.textContent()) ?? '').trim();
  }

  async selectBroker(name: string): Promise<void> {
    await this.node(name).locator('.broker-name').click();
    // The inspector follows the selection as a deferred value: wait for it, as a person looks before typing.
    await expect.poll(() => this.page.locator('input[name="broker-name"]').inputValue()).toBe(name);
  }

  /** Types into an inspector field (by its input name) and presses Enter, as a person commits a value. */
  async typeInField(field: string, value: string): Promise<void> {
    const input = this.page.locator(`input[name="${field}"]`);
    await input.fill(value);
    await input.press('Enter');
  }

  /** Moves keyboard focus out of any field, so shortcuts reach the designer. */
  async focusCanvas(): Promise<void> {
    await this.page.locator('.brand-mark').click();
  }

  /** Opens Import activemq.xml…, pastes each text into its own box, and presses Import. */
  async importXml(texts: string[]): Promise<void> {
    await this.command('import');
    const dialog = this.page.locator('[data-testid="import-dialog"]');
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) await dialog.locator('[data-testid="import-add-paste"]').click();
      await dialog.locator('[data-testid="import-paste"]').nth(i).fill(texts[i]);
    }
    await dialog.locator('[data-testid="import-run"]').click();
  }

  /** Drops files (name → text) on the import dialog's drop zone, as a drag from the desktop would. */
  async dropFiles(files: Record<string, string>): Promise<void> {
    await this.page.locator('[data-testid="import-drop"]').evaluate((zone, files) => {
      const dt = new DataTransfer();
      for (const [name, text] of Object.entries(files)) dt.items.add(new File([text], name, { type: 'application/xml' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
  }

  /** Answers the import's question when the canvas is not empty. */
  async answerImport(answer: 'replace' | 'merge' | 'cancel'): Promise<void> {
    await this.page.locator(`.import-merge [data-answer="${answer}"]`).click();
  }

  /** Expands the simulate panel in the left sidebar (if it is not already). */
  async openSimulate(): Promise<void> {
    const toggle = this.page.locator('[data-testid="simulate-toggle"]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Opens the simulate panel, fills it in and runs it; `consumers` undefined means all brokers. */
  async simulate(from: string, destination: string, consumers?: string[]): Promise<void> {
    await this.openSimulate();
    await this.page.locator('#sim-from').selectOption(from);
    await this.page.locator('#sim-destination').fill(destination);
    await this.page.locator('input[name="sim-all"]').setChecked(!consumers);
    for (const c of consumers ?? []) await this.page.locator(`input[data-consumer="${c.replace(/["\\]/g, '\\$&')}"]`).check();
    await this.page.locator('[data-testid="sim-run"]').click();
  }

  /** The simulate panel's outcome per consumer: delivered, and the path or the reason. */
  async simulationResults(): Promise<Record<string, { delivered: boolean; text: string }>> {
    const rows = await this.page.locator('[data-sim-result]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-sim-result') ?? '', e.getAttribute('data-delivered') === 'true', e.textContent ?? ''] as const));
    return Object.fromEntries(rows.map(([name, delivered, text]) => [name, { delivered, text }]));
  }

  /** Switches the XML preview to one of the selected broker's files (activemq.xml, server.cfg, client.cfg). */
  async previewTab(tab: string): Promise<void> {
    await this.page.locator(`.preview-tabs [data-tab="${tab}"]`).click();
  }

  /** The text the XML preview shows (passwords masked unless shown). */
  async previewText(): Promise<string> {
    return (await this.page.locator('[data-testid="xml-code"]').textContent()) ?? '';
  }
}
