/**
 * The Content-Security-Policy of every page DSH Desk shows. Main sends it as a response header on app://;
 * the renderer's index.html carries the same policy in a meta tag so the browser fallback honours it too.
 * Nothing is loaded from anywhere but the app itself; images and fonts may also be data:/blob: URLs
 * (generated previews and embedded fonts), and workers may start from blob: (PDF generation).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self' blob:",
].join('; ');
