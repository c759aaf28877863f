import en from './catalog-en';
import ja from './catalog-ja';

/**
 * Every UI text by language, both at once (for tests and checks). Shared texts live in `<lang>.json`;
 * a feature may keep its own in `<lang>/<feature>.json` under one top-level key of its own, listed in
 * `catalog-<lang>.ts`. The app itself loads one language at a time (see `load.ts`).
 */
export const MESSAGES = { en, ja };
