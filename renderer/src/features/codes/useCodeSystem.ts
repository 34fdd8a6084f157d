import { useEffect, useState } from 'react';
import { listCodeSystems, type CodeSystemInfo } from './codeSystems';

/** The schema's code system with its display name, once known; undefined when there is none. */
export function useCodeSystem(system: string | undefined): CodeSystemInfo | undefined {
  const [known, setKnown] = useState<readonly CodeSystemInfo[]>([]);
  useEffect(() => {
    let live = true;
    if (!system) return;
    void listCodeSystems().then((systems) => {
      if (live) setKnown(systems);
    });
    return () => {
      live = false;
    };
  }, [system]);
  return system ? known.find((s) => s.id === system) : undefined;
}
