/** Browser globals the bench page and the probe use: Chromium's heap figure and the exposed gc(). */
import type { BenchApi, ProbeApi } from '../bench-api';

declare global {
  interface Window {
    __dshBench?: BenchApi;
    __dshProbe?: ProbeApi;
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only; precise with --enable-precise-memory-info. */
    memory?: { usedJSHeapSize: number };
  }
}
