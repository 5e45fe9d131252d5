/**
 * @module Moves focus to a view's heading when the view opens, so a keyboard or screen reader user
 * lands at the start of the new content instead of on a link that is gone.
 */
import { useEffect, useRef } from 'preact/hooks';

/** A ref for the view's `<h1 tabIndex={-1}>`; focus goes there whenever `key` changes. */
export function useFocusHeading(key: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [key]);
  return heading;
}
