/** The one line shown wherever the Electron binary is needed but missing. */
export declare const NO_ELECTRON_BINARY: string;
/** The absolute path of the Electron executable, or null when it is not installed; never downloads. */
export declare function findElectronBinary(projectDir?: string): string | null;
