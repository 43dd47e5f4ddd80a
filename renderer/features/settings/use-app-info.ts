/** Reads the host's AppInfo once. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/payloads';
import type { Host } from '../../host';
import { faultMessage } from '../../db/errors';

/** The app info, `null` while loading, or the error message when the host could not answer. */
export function useAppInfo(host: Host): { info: AppInfo | null; error: string | null } {
  const [state, setState] = useState<{ info: AppInfo | null; error: string | null }>({
    info: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    host.getAppInfo().then(
      (info) => live && setState({ info, error: null }),
      (error: unknown) => live && setState({ info: null, error: faultMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [host]);
  return state;
}
