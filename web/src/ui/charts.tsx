// Small SVG charts drawn by hand (no charting library): each has a text alternative, and the numbers they show are
// also on the page as text. The wide charts are laid out in real pixels for the width they get (measured), not scaled
// from a fixed drawing, so their text stays at its CSS size on a phone as on a desktop.
import { formatDay } from '../dates';
import { ChartBox, fit, GLYPH_OVERHANG, Label, NARROW, textWidth, useElementWidth } from './chart-layout';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Stages as bars along a time axis, with today marked when it falls inside. Each stage's title sits beside its bar
 * where there is room, on the side with more of it; on a narrow chart it has its own line above the bar.
 */
export const Timeline = ({
  stages,
  label,
  today,
}: {
  stages: { title: string; startsOn: string; endsOn: string }[];
  label: string;
  today?: string;
}) => {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  if (stages.length === 0) return null;
  const start = day(stages[0]!.startsOn);
  const end = day(stages[stages.length - 1]!.endsOn) + 1;
  const narrow = width < NARROW;
  const row = narrow ? 40 : 26;
  const barTop = narrow ? 20 : 4;
  const barHeight = narrow ? 14 : 18;
  const x = (date: number) => ((date - start) / (end - start)) * width;
  const height = stages.length * row + 24;
  const now = today === undefined ? undefined : day(today);
  const dateRoom = (width - 12) / 2;
  return (
    <ChartBox boxRef={ref}>
      <svg
        className="timeline-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
      >
        {stages.map((stage, index) => {
          const left = x(day(stage.startsOn));
          const right = x(day(stage.endsOn) + 1);
          let title;
          if (narrow) {
            // Starts above the bar, moved left as far as needed for the whole (or cut) title to stay on the chart.
            const shown = fit(stage.title, width - GLYPH_OVERHANG);
            title = (
              <Label
                className="bar-label"
                text={stage.title}
                room={width}
                x={Math.max(0, Math.min(left, width - GLYPH_OVERHANG - textWidth(shown)))}
                y={index * row + 14}
              />
            );
          } else {
            const after = width - right - 6;
            const before = left - 6;
            const onRight = after >= before || after >= textWidth(stage.title);
            title = (
              <Label
                className="bar-label"
                text={stage.title}
                room={onRight ? after : before}
                x={onRight ? right + 6 : before}
                y={index * row + row / 2 + 4}
                textAnchor={onRight ? 'start' : 'end'}
              />
            );
          }
          return (
            <g key={index}>
              <rect
                className="bar"
                x={left}
                y={index * row + barTop}
                width={Math.max(right - left - 2, 2)}
                height={barHeight}
                rx={4}
              />
              {title}
            </g>
          );
        })}
        <Label className="axis-label" text={formatDay(stages[0]!.startsOn)} room={dateRoom} x={0} y={height - 4} />
        <Label
          className="axis-label"
          text={formatDay(stages[stages.length - 1]!.endsOn)}
          room={dateRoom}
          x={width}
          y={height - 4}
          textAnchor="end"
        />
        {now !== undefined && now >= start && now < end && (
          <line className="today" x1={x(now)} x2={x(now)} y1={0} y2={height - 18} />
        )}
      </svg>
    </ChartBox>
  );
};

/** A horizontal bar per row, 0–100. */
export const Bars = ({ rows, label }: { rows: { label: string; percent: number }[]; label: string }) => (
  <ValueBars
    label={label}
    max={100}
    rows={rows.map((row) => ({ label: row.label, value: row.percent, display: `${Math.round(row.percent)}%` }))}
  />
);

/** A ring showing one share, 0–100. */
export const Ring = ({ percent, label }: { percent: number; label: string }) => {
  const radius = 40;
  const circumference = 2 * Math.PI * radius;
  return (
    <svg className="ring" viewBox="0 0 100 100" role="img" aria-label={label}>
      <circle className="track" cx={50} cy={50} r={radius} />
      <circle
        className="bar"
        cx={50}
        cy={50}
        r={radius}
        strokeDasharray={`${(circumference * percent) / 100} ${circumference}`}
        transform="rotate(-90 50 50)"
      />
      <text x={50} y={56} textAnchor="middle" className="ring-label">
        {Math.round(percent)}%
      </text>
    </svg>
  );
};

/** The last weeks as a grid of days, darker with more activity (like a contribution calendar). */
export const StreakCalendar = ({ days, today }: { days: { day: string; events: number }[]; today: string }) => {
  const counts = new Map(days.map((entry) => [entry.day, entry.events]));
  const weeks = 12;
  const end = day(today);
  // Columns are weeks ending with the current one; rows Monday to Sunday.
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const first = end - weekday - (weeks - 1) * 7;
  const cell = 14;
  const cells = [];
  for (let offset = 0; offset <= end - first; offset += 1) {
    const date = new Date((first + offset) * 86_400_000).toISOString().slice(0, 10);
    const events = counts.get(date) ?? 0;
    const level = events === 0 ? 0 : events < 3 ? 1 : events < 6 ? 2 : 3;
    cells.push(
      <rect
        key={date}
        className={`day level-${level}`}
        x={Math.floor(offset / 7) * cell}
        y={(offset % 7) * cell}
        width={cell - 3}
        height={cell - 3}
        rx={2}
      >
        <title>{`${date}: ${events} ${events === 1 ? 'change' : 'changes'}`}</title>
      </rect>,
    );
  }
  const active = days.filter((entry) => entry.events > 0).length;
  return (
    <svg
      className="calendar"
      viewBox={`0 0 ${weeks * cell} ${7 * cell}`}
      role="img"
      aria-label={`Activity over the last ${weeks} weeks: progress on ${active} days`}
    >
      {cells}
    </svg>
  );
};

export interface BarRow {
  label: string;
  /** The bar's length, on the chart's scale (0 to max). */
  value: number;
  /** The figure written at the end of the row ("12", "75%"). */
  display: string;
  /** A shorter, darker bar drawn over the first, e.g. learners who finished among those who started. */
  inner?: number;
  /** A tick across the bar, e.g. the lower bound of an interval. */
  marker?: number;
}

/**
 * A horizontal bar per row on one scale, with an optional inner bar and tick. Labels are in a column beside the bars,
 * or on a narrow chart on their own line above them; a label too long for its room is cut (whole in a title).
 */
export const ValueBars = ({ rows, max, label }: { rows: BarRow[]; max: number; label: string }) => {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < NARROW;
  const row = narrow ? 44 : 30;
  const barTop = narrow ? 22 : 6;
  // The label column is as wide as the longest label needs, up to 40% of the chart (then labels are cut).
  const widestLabel = Math.max(0, ...rows.map((entry) => textWidth(entry.label))) + 12;
  const labelWidth = narrow ? 0 : Math.round(Math.min(Math.max(widestLabel, 80), 260, width * 0.4));
  // Room for the widest figure at the end of a row, so the bars are as long as the rest allows.
  const figureWidth = Math.ceil(Math.max(0, ...rows.map((entry) => textWidth(entry.display)))) + 10;
  const track = Math.max(width - labelWidth - figureWidth, 1);
  const x = (value: number) => (track * Math.min(max, Math.max(0, value))) / (max || 1);
  const height = rows.length * row;
  return (
    <ChartBox boxRef={ref}>
      <svg
        className="bars-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
      >
        {rows.map((entry, index) => {
          const top = index * row + barTop;
          return (
            <g key={`${entry.label}-${index}`}>
              <Label
                className="bar-label"
                text={entry.label}
                room={narrow ? width : labelWidth - 8}
                x={0}
                y={narrow ? index * row + 14 : top + 13}
              />
              <rect className="track" x={labelWidth} y={top} width={track} height={16} rx={4} />
              <rect className="bar" x={labelWidth} y={top} width={x(entry.value)} height={16} rx={4} />
              {entry.inner !== undefined && (
                <rect className="bar-inner" x={labelWidth} y={top + 4} width={x(entry.inner)} height={8} rx={2} />
              )}
              {entry.marker !== undefined && (
                <line
                  className="marker"
                  x1={labelWidth + x(entry.marker)}
                  x2={labelWidth + x(entry.marker)}
                  y1={top - 4}
                  y2={top + 20}
                />
              )}
              <text className="bar-label" x={width} y={top + 13} textAnchor="end">
                {entry.display}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartBox>
  );
};

/**
 * Vertical columns in order (weeks, days), the value above each where every value fits its column, and the first and
 * last labels below.
 */
export const Columns = ({ columns, label }: { columns: { label: string; value: number }[]; label: string }) => {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  if (columns.length === 0) return null;
  const plot = 160;
  const height = plot + 40;
  const max = Math.max(...columns.map((column) => column.value), 1);
  const slot = width / columns.length;
  const bar = Math.max(Math.min(slot - 4, 48), 2);
  const values = columns.length <= 16 && columns.every((column) => textWidth(String(column.value)) <= slot - 2);
  const axisRoom = columns.length > 1 ? (width - 12) / 2 : width;
  return (
    <ChartBox boxRef={ref}>
      <svg
        className="columns-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
      >
        {columns.map((column, index) => {
          const h = (plot * column.value) / max;
          const left = index * slot + (slot - bar) / 2;
          return (
            <g key={`${column.label}-${index}`}>
              <rect className="bar" x={left} y={plot - h + 16} width={bar} height={Math.max(h, 1)} rx={2}>
                <title>{`${column.label}: ${column.value}`}</title>
              </rect>
              {values && (
                <text className="bar-label" x={left + bar / 2} y={plot - h + 12} textAnchor="middle">
                  {column.value}
                </text>
              )}
            </g>
          );
        })}
        <Label className="axis-label" text={columns[0]!.label} room={axisRoom} x={0} y={height - 4} />
        {columns.length > 1 && (
          <Label
            className="axis-label"
            text={columns[columns.length - 1]!.label}
            room={axisRoom}
            x={width}
            y={height - 4}
            textAnchor="end"
          />
        )}
      </svg>
    </ChartBox>
  );
};
