/**
 * What checks spelling on each platform, chosen so that the app never downloads a dictionary: a workstation
 * in a secure environment must not make an outbound request at every start. Electron downloads Hunspell
 * dictionaries from Google's CDN wherever Hunspell is used; the operating system's checker needs nothing.
 */

/** How the session's spell-checker is set up, and the sentence Settings → About shows. */
export interface SpellingPlan {
  enabled: boolean;
  /** Languages to set (Windows and Linux only; macOS chooses by itself and refuses the call). */
  languages: string[] | null;
  description: string;
}

/** The spelling plan for a platform (`process.platform`). */
export function spellingPlanFor(platform: string): SpellingPlan {
  switch (platform) {
    case 'darwin':
      // macOS's own checker; Electron downloads nothing there (the download URL is a no-op on macOS).
      return {
        enabled: true,
        languages: null,
        description: 'Checked by macOS’s own spell-checker; no dictionary is downloaded.',
      };
    case 'win32':
      // Windows 10+ has its own spell-checker, which Chromium uses for languages Windows has installed.
      return {
        enabled: true,
        languages: ['en-GB'],
        description: 'Checked by Windows’ own spell-checker (British English); no dictionary is downloaded.',
      };
    default:
      // Linux has only Hunspell, whose dictionaries Electron would fetch from the internet: turned off.
      return {
        enabled: false,
        languages: [],
        description:
          'Not checked: on Linux the only spell-checker downloads its dictionaries from the internet, which DSH Desk never does.',
      };
  }
}
