// The page side of the recolour benchmark. The scripts are plain JavaScript
// strings, so that what runs in the page is exactly what is written here (a
// transpiler's helpers would not exist there).
import type { Page } from '@playwright/test';

export interface ToggleTarget {
  /** The what-if toggle to click. */
  button: string;
  /** The link whose colour the click changes. */
  link: string;
}

/**
 * What-if toggles on screen whose link is on screen and not down, spread over the design:
 * VMs' power toggles (their first adapter's link) first; for a design without enough of them,
 * host NICs' toggles (their cable's link).
 */
const FIND_TARGETS = `(wanted) => {
  const doc = window.__vnet.getDocument();
  const candidates = [];
  for (const vm of doc.vms ?? []) {
    const nic = (vm.nics ?? []).find((n) => n.network);
    if (nic && vm.power !== 'off') candidates.push({ button: 'whatif.power:' + vm.id, link: 'nic:' + nic.id });
  }
  for (const cable of doc.cables ?? [])
    for (const end of [cable.a, cable.b])
      if ((doc.hosts ?? []).some((h) => end.startsWith(h.id + ':')))
        candidates.push({ button: 'whatif.nic:' + end, link: 'cable:' + cable.id });
  const shown = (id) => document.querySelector('[data-testid="' + id + '"]');
  const found = candidates.filter(
    (c) => shown(c.button) && shown('link:' + c.link) && shown('link:' + c.link).getAttribute('data-status') !== 'down',
  );
  const step = Math.max(1, Math.floor(found.length / wanted));
  return found.filter((_, i) => i % step === 0).slice(0, wanted);
}`;

/**
 * Clicks a what-if toggle and resolves with the milliseconds until its link's `data-status`
 * changes in the DOM (a MutationObserver over the edges, which also sees an edge element that
 * React replaced), or null when nothing changed within the page's patience.
 */
const TIME_TOGGLE = `({ button, link }) => new Promise((resolve) => {
  const selector = '[data-testid="link:' + link + '"]';
  const before = document.querySelector(selector)?.getAttribute('data-status');
  const edges = document.querySelector('.react-flow__edges') ?? document.body;
  let start = 0;
  const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 120000);
  const observer = new MutationObserver(() => {
    const now = document.querySelector(selector)?.getAttribute('data-status');
    if (now === before) return;
    const elapsed = performance.now() - start;
    observer.disconnect();
    clearTimeout(timer);
    resolve(elapsed);
  });
  observer.observe(edges, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  start = performance.now();
  document.querySelector('[data-testid="' + button + '"]').click();
})`;

export function findTargets(page: Page, wanted: number): Promise<ToggleTarget[]> {
  return page.evaluate(`(${FIND_TARGETS})(${JSON.stringify(wanted)})`);
}

export interface ToggleTiming {
  /** Click to `data-status` change in the DOM; null when it never changed. */
  recolourMs: number | null;
  /** Of which the worker spent evaluating (its own measure of `evaluate(doc)`). */
  evaluationMs: number | null;
}

export async function timeToggle(page: Page, target: ToggleTarget): Promise<ToggleTiming> {
  const recolourMs = (await page.evaluate(`(${TIME_TOGGLE})(${JSON.stringify(target)})`)) as number | null;
  // Let the evaluation settle, so that the next edit does not race this one's result.
  await page.evaluate('window.__vnet.whenEvaluated()');
  const evaluationMs = (await page.evaluate('window.__vnet.evaluatorStats().evaluationMs')) as number | null;
  return { recolourMs, evaluationMs };
}

export async function loadAndSettle(page: Page, doc: unknown): Promise<void> {
  const loaded = (await page.evaluate((d) => window.__vnet!.loadDocument(d), doc)) as { ok: boolean };
  if (!loaded.ok) throw new Error('the design was refused');
  await page.evaluate('window.__vnet.whenEvaluated()');
}

/** Expands the first `count` collapsed hosts on screen (a big design opens collapsed), so that their VMs' toggles show. */
export async function expandHosts(page: Page, count: number): Promise<number> {
  const buttons = page.locator('[data-testid^="expand:"]');
  const available = Math.min(count, await buttons.count());
  for (let i = 0; i < available; i++) {
    const testId = await buttons.first().getAttribute('data-testid');
    // Not a pointer click: at the zoom that fits a big design the button is a pixel wide, and an
    // expanded neighbour may lie over it.
    await buttons.first().dispatchEvent('click');
    await page.getByTestId(testId!.replace('expand:', 'collapse:')).waitFor();
  }
  return available;
}
