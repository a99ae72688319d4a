import { useEffect } from 'react';

/** Ctrl+S (⌘S on macOS) runs save while enabled; the browser's own "save page" never opens. */
export function useSaveShortcut(enabled: boolean, save: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      if (enabled) save();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, save]);
}
