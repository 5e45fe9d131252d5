/**
 * @module One polite live region for the whole console. It is in the page from the start, because
 * screen readers announce changes to a live region, not regions that appear with their text.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useRef, useState } from 'preact/hooks';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/** `announce(message)` reads `message` out; the same message twice is read twice. */
export const useAnnounce = (): Announce => useContext(AnnouncerContext);

export function Announcer({ children }: { children: ComponentChildren }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((next) => {
    // Emptied first, then filled on the next task: a repeated message is then a change too.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 50);
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </AnnouncerContext.Provider>
  );
}
