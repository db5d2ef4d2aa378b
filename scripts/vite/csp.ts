import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page: scripts, styles, fonts and the service worker
 * from the site itself only, no inline script and no eval, no plugins, no <base>; images also
 * from blob: URLs (exported pictures). Vite's development server injects inline scripts, so
 * the policy is written into the built index.html only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;

/** Puts the policy right after the page's charset, before anything it governs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="UTF-8" \/>/;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />');
        return html.replace(charset, (tag) => `${tag}\n    ${META}`);
      },
    },
  };
}
