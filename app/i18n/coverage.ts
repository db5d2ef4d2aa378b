import type { ViewId } from '../url/schema';

/**
 * Views whose own words are not in the Chinese catalogue yet. In Chinese their pages say so
 * and carry `lang="en"`, so a screen reader reads them as English; the shell around them
 * (header, navigation, shared controls) is translated. The walker test checks every other view.
 */
export const UNTRANSLATED: readonly ViewId[] = [];
