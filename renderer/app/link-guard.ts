/**
 * Links never replace the app: `mailto:` links go to the mail client through the host, and any other link
 * that leaves the app is stopped. (In Electron, main also denies navigation and new windows.)
 */
import type { Host } from '../host';

function isInApp(anchor: HTMLAnchorElement, origin: string): boolean {
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#')) return true;
  try {
    return new URL(anchor.href).origin === origin;
  } catch {
    return false;
  }
}

/** Installs a click guard on the document; returns a function that removes it. */
export function installLinkGuard(doc: Document, host: Pick<Host, 'openExternal'>): () => void {
  const onClick = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return;
    if (isInApp(anchor, doc.location.origin) && !anchor.target) return;
    event.preventDefault();
    if (anchor.protocol === 'mailto:') {
      host.openExternal({ url: anchor.href }).catch((error: unknown) => console.error(error));
    } else {
      console.warn(`DSH Desk does not open external links: ${anchor.href}`);
    }
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
