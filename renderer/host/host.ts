/** How the UI reaches the main process: the Electron bridge, or the browser fallback when there is none. */
import type { DshBridge } from '../../shared/contract/bridge';

/** The operations of the shared contract, plus which kind of host answers them. */
export interface Host extends DshBridge {
  readonly kind: 'electron' | 'browser';
}

declare global {
  interface Window {
    /** Present only when the Electron preload (or the Playwright test bridge) installed it. */
    dsh?: DshBridge;
  }
}
