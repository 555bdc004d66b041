// How the charts fit the width they get: measuring their box and their text, and cutting labels to the room left.
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref, type SVGProps } from 'react';

/** The font size of chart text (`svg text` in styles/charts.css), which the layouts below measure text with. */
const TEXT_SIZE = 13;
/** Before the first measure (and where nothing can be measured): about the width of a chart on a desktop. */
const DEFAULT_WIDTH = 640;
/** Below this width, labels go on their own line above the bars instead of in a column beside them. */
export const NARROW = 480;

/**
 * The width of the element `ref` is put on, kept up to date as it changes. It is first measured in a layout effect,
 * before the browser paints, so Waymark's users never see a chart laid out for the default width.
 */
export const useElementWidth = <T extends Element>(fallback = DEFAULT_WIDTH) => {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    // Whole pixels, rounded down, so a chart never ends a fraction of a pixel past its container.
    const update = (measured: number) => {
      if (measured > 0) setWidth(Math.floor(measured));
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => update(entry!.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
};

let context: CanvasRenderingContext2D | null | undefined;
let family: string | undefined;
/** How wide `text` is drawn at `size` px in the page's font; an estimate where there is no canvas. */
export const textWidth = (text: string, size = TEXT_SIZE) => {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : (document.createElement('canvas').getContext('2d') ?? null);
  }
  if (context === null) return text.length * size * 0.6;
  // The page's font family is read once (it is the design system's and never changes): reading a computed style
  // while a render has changed the page makes the browser work out its styles again, for every label.
  family ??= getComputedStyle(document.body).fontFamily;
  const font = `${size}px ${family}`;
  if (context.font !== font) context.font = font;
  return context.measureText(text).width;
};

/** `text`, cut with an ellipsis where it would be wider than `room` px. */
export const fit = (text: string, room: number) => {
  if (textWidth(text) <= room) return text;
  let length = text.length - 1;
  while (length > 0 && textWidth(`${text.slice(0, length).trimEnd()}…`) > room) length -= 1;
  return length > 0 ? `${text.slice(0, length).trimEnd()}…` : '';
};

/** How far a glyph can reach past the width text is measured at, so a label that fits does not touch the edge. */
export const GLYPH_OVERHANG = 1;

/** A label cut to fit `room`, with the whole of it in a title when it was cut. */
export const Label = ({ text, room, ...props }: { text: string; room: number } & SVGProps<SVGTextElement>) => {
  const shown = fit(text, room - GLYPH_OVERHANG);
  return (
    <text {...props}>
      {shown !== text && <title>{text}</title>}
      {shown}
    </text>
  );
};

/**
 * The box a chart measures and is laid out in. A chart's height follows from its rows and its width's layout, both
 * known before the first paint, so the page does not shift when the chart appears.
 */
export const ChartBox = ({ boxRef, children }: { boxRef: Ref<HTMLDivElement>; children: ReactNode }) => (
  <div className="chart" ref={boxRef}>
    {children}
  </div>
);
