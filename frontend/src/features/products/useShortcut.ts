import { useEffect } from 'react';

/**
 * Ctrl+KEY (⌘KEY on macOS) runs action while enabled, and the browser's own meaning of the
 * keys (save page, find in page) never opens: the configure page uses Ctrl+S and Ctrl+F.
 */
export function useShortcut(key: string, enabled: boolean, action: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== key) return;
      e.preventDefault();
      if (enabled) action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, enabled, action]);
}
