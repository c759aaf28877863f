import type { Page } from '@playwright/test';

export interface UnwrappedText {
  text: string;
  /** Where it was: `text`, or the attribute it came from. */
  source: string;
  /** Short path of the element, to find it in the page. */
  where: string;
}

/**
 * Every visible text node (`what: 'text'`) or visible placeholder / aria-label / title attribute
 * (`what: 'attributes'`, i.e. accessible names) that is not wrapped in ⟦…⟧. Texts without any letter (numbers, dashes, dates' digits), exact matches in
 * `allowed` (user data, the brand, language names) and texts matching one of `allowedPatterns`
 * (formatted dates) are left out; so are the initials inside avatars (derived from user names).
 */
export async function unwrappedTexts(
  page: Page,
  allowed: readonly string[],
  allowedPatterns: readonly RegExp[] = [],
  what: 'text' | 'attributes' = 'text',
): Promise<UnwrappedText[]> {
  return page.evaluate(
    ({ allowed, patterns, what }) => {
      const allow = new Set(allowed);
      const regexps = patterns.map(([source, flags]) => new RegExp(source, flags));
      const hasLetter = /\p{L}/u;
      const isWrapped = (s: string) => s.startsWith('⟦') && s.endsWith('⟧');
      const excusedByValue = (s: string) => !hasLetter.test(s) || allow.has(s) || regexps.some((r) => r.test(s));
      const skippedParent = (el: Element) => !!el.closest('script, style, noscript, template, .mantine-Avatar-root');
      const visible = (el: Element) =>
        el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      const describe = (el: Element) => {
        const parts: string[] = [];
        for (let node: Element | null = el; node && parts.length < 4; node = node.parentElement) {
          const id = node.getAttribute('data-testid');
          parts.unshift(id ? `${node.tagName.toLowerCase()}[data-testid=${id}]` : node.tagName.toLowerCase());
        }
        return parts.join(' > ');
      };

      const found: { text: string; source: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = what === 'text' ? walker.nextNode() : null; node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!el || !text || skippedParent(el) || !visible(el)) continue;
        if (isWrapped(text) || excusedByValue(text)) continue;
        found.push({ text, source: 'text', where: describe(el) });
      }
      const withAttributes =
        what === 'attributes' ? document.body.querySelectorAll('[placeholder], [aria-label], [title]') : [];
      for (const el of Array.from(withAttributes)) {
        if (skippedParent(el) || !visible(el)) continue;
        for (const attr of ['placeholder', 'aria-label', 'title']) {
          const text = (el.getAttribute(attr) ?? '').trim();
          if (!text || isWrapped(text) || excusedByValue(text)) continue;
          found.push({ text, source: attr, where: describe(el) });
        }
      }
      return found;
    },
    { allowed: [...allowed], patterns: allowedPatterns.map((r) => [r.source, r.flags] as [string, string]), what },
  );
}
