export function findChromium(): { executablePath: string | undefined; source: string } | null;
export const NO_BROWSER_HINT: string;
