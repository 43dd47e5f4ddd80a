/** What the sandbox check reads from the machine. */
export interface SandboxFacts {
  helper: string;
  stat: { uid: number; mode: number } | null;
  userNamespacesRestricted: boolean;
}
/** Reads the chrome-sandbox helper beside `electronBinary` and the kernel's user-namespace switches. */
export declare function readFacts(electronBinary: string, readFile?: (file: string) => string): SandboxFacts;
/** The explanation to print when Electron would abort because of its sandbox helper, or null. */
export declare function sandboxProblem(platform: string, facts: SandboxFacts): string | null;
