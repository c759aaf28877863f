/// <reference lib="dom" />
import type { Page } from 'playwright-core';

export interface ScrollFigures {
  frames: number;
  p95FrameMs: number;
  longestFrameMs: number;
  /** Frames that took longer than 50 ms (a visible stutter). */
  longFrames: number;
  maxRowsInDom: number;
  rowsLoaded: number;
}

/**
 * Scrolls the vendor's partners list from top to bottom, 200 px per animation frame, loading
 * further pages as the list asks for them, and times the frames in the page itself.
 */
export async function measureScroll(page: Page): Promise<ScrollFigures> {
  await page.goto('/vendor/partners');
  await page.locator('[data-testid="partner-row"]').first().waitFor({ state: 'visible', timeout: 120_000 });
  return scrollInPage(page, '[data-testid="partners-view"]');
}

/**
 * The same scroll over a static page as tall as the list (plain rows, no app): what this browser
 * and machine give at best, to read the list's frames against.
 */
export async function measureBaselineScroll(page: Page): Promise<ScrollFigures> {
  const rows = Array.from(
    { length: 1000 },
    (_, i) => `<tr data-testid="partner-row" data-index="${i}"><td>Firm ${i}</td></tr>`,
  );
  await page.setContent(
    `<div data-testid="partners-view" style="height:600px;overflow:auto"><table>${rows.join('')}</table></div>`,
  );
  return scrollInPage(page, '[data-testid="partners-view"]');
}

function scrollInPage(page: Page, selector: string): Promise<ScrollFigures> {
  return page.evaluate(
    (viewSelector) =>
      new Promise<ScrollFigures>((done) => {
        const view = document.querySelector<HTMLElement>(viewSelector)!;
        const gaps: number[] = [];
        let maxRows = 0;
        let maxIndex = 0;
        let still = 0;
        let last = performance.now();
        const started = last;
        const frame = (now: number) => {
          gaps.push(now - last);
          last = now;
          const rows = view.querySelectorAll<HTMLElement>('[data-testid="partner-row"]');
          maxRows = Math.max(maxRows, rows.length);
          rows.forEach((r) => (maxIndex = Math.max(maxIndex, Number(r.dataset.index))));
          const atEnd = view.scrollTop + view.clientHeight >= view.scrollHeight - 2;
          const loading = document.querySelector('[data-testid="partners-loading-more"]') !== null;
          still = atEnd && !loading ? still + 1 : 0;
          if (still >= 30 || now - started > 120_000) {
            const sorted = gaps.slice(1).sort((a, b) => a - b);
            done({
              frames: sorted.length,
              p95FrameMs: sorted[Math.ceil(sorted.length * 0.95) - 1],
              longestFrameMs: sorted[sorted.length - 1],
              longFrames: sorted.filter((g) => g > 50).length,
              maxRowsInDom: maxRows,
              rowsLoaded: maxIndex + 1,
            });
            return;
          }
          view.scrollTop += 200;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    selector,
  );
}
