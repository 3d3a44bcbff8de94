import { useLayoutEffect, useState, type RefObject } from 'react';

/** Where an overlay goes inside the editor surface, in pixels from its top and its inline start. */
export interface OverlayPosition {
  top: number;
  left: number;
}

/**
 * `rect` (viewport coordinates) turned into a spot just below it inside `surface`, lined up
 * with its start edge (the right one in right-to-left text) and kept within the surface.
 */
export function below(rect: DOMRect, surface: HTMLElement, width: number, gap = 6): OverlayPosition {
  const box = surface.getBoundingClientRect();
  const rtl = getComputedStyle(surface).direction === 'rtl';
  const start = rtl ? rect.right - box.left - width : rect.left - box.left;
  const left = Math.max(0, Math.min(start, box.width - width));
  return { top: rect.bottom - box.top + gap, left };
}

/**
 * Measures an anchor after every render where `key` changed, and when the surface or the window is resized.
 * `measure` returns null when there is nothing to anchor to.
 */
export function useOverlayPosition(
  surface: RefObject<HTMLElement | null>,
  key: string | null,
  measure: (surface: HTMLElement) => OverlayPosition | null,
): OverlayPosition | null {
  const [position, setPosition] = useState<OverlayPosition | null>(null);
  useLayoutEffect(() => {
    const el = surface.current;
    if (key === null || !el) return;
    const update = () => setPosition(measure(el));
    update();
    // Images loading or blocks growing above the anchor move it.
    const observer = new ResizeObserver(update);
    observer.observe(el);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
    // `measure` is read fresh when `key` changes; re-measuring on every render would lay out on each keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [surface, key]);
  return key === null ? null : position;
}
