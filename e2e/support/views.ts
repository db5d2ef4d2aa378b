/** Each of the nine views at its default state, as the header's links open them. */
export const VIEW_URLS = [
  '?view=conv',
  '?view=pool',
  '?view=transposed',
  '?view=channels',
  '?view=stack',
  '?view=smoothl1',
  '?view=broadcast',
  '?view=mask',
  '?view=practice',
] as const;
