/**
 * The views whose page has formulas, some of them in the panels under the figure, which load
 * after the figure's first paint: a check of every formula waits for the first one there.
 */
export const WITH_FORMULAS = /[?&]view=(conv|pool|transposed|smoothl1)\b/;
