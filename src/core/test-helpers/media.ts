// Test helpers: put the page under a colour scheme or reduced motion, through the browser's own
// media queries where the test launcher can emulate them, else through the widgets' media hook.
import { emulateMedia } from '@web/test-runner-commands';
import { emulateQuery } from '../controllers/media.js';

/**
 * The launcher emulates media features here: Chromium's, over CDP. Firefox runs over WebDriver
 * BiDi and WebKit over classic WebDriver, and neither protocol has a command for it (web-test-
 * runner's emulateMedia throws there). Chromium is the engine with `navigator.userAgentData`.
 */
export const realMediaQueries = 'userAgentData' in navigator;

const DARK = '(prefers-color-scheme: dark)';
const REDUCE = '(prefers-reduced-motion: reduce)';

export interface Preferences {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * The reader prefers `preferences`. In Chromium the page's media queries change, and the widgets
 * hear it as they would from a reader's system; in Firefox and WebKit the widgets' media controller
 * answers in the browser's place and redraws them (emulateQuery), as close as those launchers come.
 */
export async function prefer(preferences: Preferences): Promise<void> {
  const { colorScheme, reducedMotion } = preferences;
  const wanted: [string, boolean][] = [];
  if (colorScheme) wanted.push([DARK, colorScheme === 'dark']);
  if (reducedMotion) wanted.push([REDUCE, reducedMotion === 'reduce']);
  if (!realMediaQueries) {
    for (const [query, matches] of wanted) emulateQuery(query, matches);
    return;
  }
  // The page hears of a change in an event of its own, after the command has returned; the
  // widgets' lists, older than these, hear it first.
  const changes = wanted
    .map(([query, matches]) => [matchMedia(query), matches] as const)
    .filter(([list, matches]) => list.matches !== matches)
    .map(
      ([list]) =>
        new Promise((resolve) => list.addEventListener('change', resolve, { once: true })),
    );
  await emulateMedia(preferences);
  await Promise.all(changes);
}

/** Hands the media queries back to the browser, at its defaults: light, motion allowed. */
export async function preferDefaults(): Promise<void> {
  emulateQuery(DARK, undefined);
  emulateQuery(REDUCE, undefined);
  if (realMediaQueries) await prefer({ colorScheme: 'light', reducedMotion: 'no-preference' });
}
