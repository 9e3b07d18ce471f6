import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';

/** Debian's chromium (installed by .ci/run when missing); nothing downloads a browser. */
export function findChromium(): string | undefined {
  const candidates = ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'chromium'))];
  return candidates.find((path) => existsSync(path));
}

/** A fresh profile in `profileDir` (playwright passes it as --user-data-dir), nothing from the network. */
export function launchChromium(executablePath: string, profileDir: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
    viewport,
    locale: 'fr-BE',
  });
}

/** The chat's own controls, as the tests drive them. */
export function chatOn(page: Page) {
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');
  /** Bot messages containing `text` (Web Chat renders each activity in its own list item). */
  const botSays = (text: string | RegExp) => page.locator('.webchat__basic-transcript__activity').filter({ hasText: text });
  return {
    sendBox,
    botSays,
    type: async (text: string) => {
      await sendBox().fill(text);
      await sendBox().press('Enter');
    },
    /** Does something, then waits for the next bot message containing `text` (not an earlier one). */
    reply: async (text: string | RegExp, action: () => Promise<unknown>) => {
      const before = await botSays(text).count();
      await action();
      const next = botSays(text).nth(before);
      await next.waitFor();
      return next;
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const axeSource = readFileSync(join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it is now, WCAG 2.2's target size included (off by
 * default). Evaluated through the DevTools protocol, so the page's CSP (scripts from 'self'
 * only) stays as it is.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run({ rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}
