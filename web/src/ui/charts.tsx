// Small SVG charts drawn by hand (no charting library): each has a text alternative, and the numbers they show are
// also on the page as text.
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export const formatDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** Stages as bars along a time axis, with today marked when it falls inside. */
export const Timeline = ({
  stages,
  label,
  today,
}: {
  stages: { title: string; startsOn: string; endsOn: string }[];
  label: string;
  today?: string;
}) => {
  if (stages.length === 0) return null;
  const start = day(stages[0]!.startsOn);
  const end = day(stages[stages.length - 1]!.endsOn) + 1;
  const width = 640;
  const row = 26;
  const x = (date: number) => ((date - start) / (end - start)) * width;
  const height = stages.length * row + 24;
  const now = today === undefined ? undefined : day(today);
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {stages.map((stage, index) => {
        const left = x(day(stage.startsOn));
        const right = x(day(stage.endsOn) + 1);
        return (
          <g key={index}>
            <rect
              className="bar"
              x={left}
              y={index * row + 4}
              width={Math.max(right - left - 2, 2)}
              height={row - 8}
              rx={4}
            />
            <text
              className="bar-label"
              x={left < width / 2 ? right + 6 : left - 6}
              y={index * row + row / 2 + 4}
              textAnchor={left < width / 2 ? 'start' : 'end'}
            >
              {stage.title}
            </text>
          </g>
        );
      })}
      <text className="axis-label" x={0} y={height - 4}>
        {formatDate(stages[0]!.startsOn)}
      </text>
      <text className="axis-label" x={width} y={height - 4} textAnchor="end">
        {formatDate(stages[stages.length - 1]!.endsOn)}
      </text>
      {now !== undefined && now >= start && now < end && (
        <line className="today" x1={x(now)} x2={x(now)} y1={0} y2={height - 18} />
      )}
    </svg>
  );
};

/** A horizontal bar per row, 0–100. */
export const Bars = ({ rows, label }: { rows: { label: string; percent: number }[]; label: string }) => {
  const row = 30;
  const width = 640;
  const labelWidth = 180;
  return (
    <svg className="bars-chart" viewBox={`0 0 ${width} ${rows.length * row}`} role="img" aria-label={label}>
      {rows.map((entry, index) => (
        <g key={entry.label}>
          <text className="bar-label" x={0} y={index * row + 19}>
            {entry.label}
          </text>
          <rect
            className="track"
            x={labelWidth}
            y={index * row + 6}
            width={width - labelWidth - 50}
            height={16}
            rx={4}
          />
          <rect
            className="bar"
            x={labelWidth}
            y={index * row + 6}
            width={((width - labelWidth - 50) * Math.min(100, Math.max(0, entry.percent))) / 100}
            height={16}
            rx={4}
          />
          <text className="bar-label" x={width} y={index * row + 19} textAnchor="end">
            {Math.round(entry.percent)}%
          </text>
        </g>
      ))}
    </svg>
  );
};

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

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

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

/** A horizontal bar per row on one scale, with an optional inner bar and tick; long labels are cut (full in a title). */
export const ValueBars = ({ rows, max, label }: { rows: BarRow[]; max: number; label: string }) => {
  const row = 30;
  const width = 640;
  const labelWidth = 200;
  const track = width - labelWidth - 70;
  const x = (value: number) => (track * Math.min(max, Math.max(0, value))) / (max || 1);
  return (
    <svg className="bars-chart" viewBox={`0 0 ${width} ${rows.length * row}`} role="img" aria-label={label}>
      {rows.map((entry, index) => (
        <g key={`${entry.label}-${index}`}>
          <text className="bar-label" x={0} y={index * row + 19}>
            <title>{entry.label}</title>
            {clip(entry.label, 25)}
          </text>
          <rect className="track" x={labelWidth} y={index * row + 6} width={track} height={16} rx={4} />
          <rect className="bar" x={labelWidth} y={index * row + 6} width={x(entry.value)} height={16} rx={4} />
          {entry.inner !== undefined && (
            <rect className="bar-inner" x={labelWidth} y={index * row + 10} width={x(entry.inner)} height={8} rx={2} />
          )}
          {entry.marker !== undefined && (
            <line
              className="marker"
              x1={labelWidth + x(entry.marker)}
              x2={labelWidth + x(entry.marker)}
              y1={index * row + 2}
              y2={index * row + 26}
            />
          )}
          <text className="bar-label" x={width} y={index * row + 19} textAnchor="end">
            {entry.display}
          </text>
        </g>
      ))}
    </svg>
  );
};

/** Vertical columns in order (weeks, days), the value above each and the first and last labels below. */
export const Columns = ({ columns, label }: { columns: { label: string; value: number }[]; label: string }) => {
  if (columns.length === 0) return null;
  const width = 640;
  const plot = 160;
  const height = plot + 40;
  const max = Math.max(...columns.map((column) => column.value), 1);
  const slot = width / columns.length;
  const bar = Math.max(Math.min(slot - 4, 48), 2);
  return (
    <svg className="columns-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {columns.map((column, index) => {
        const h = (plot * column.value) / max;
        const left = index * slot + (slot - bar) / 2;
        return (
          <g key={`${column.label}-${index}`}>
            <rect className="bar" x={left} y={plot - h + 16} width={bar} height={Math.max(h, 1)} rx={2}>
              <title>{`${column.label}: ${column.value}`}</title>
            </rect>
            {columns.length <= 16 && (
              <text className="bar-label" x={left + bar / 2} y={plot - h + 12} textAnchor="middle">
                {column.value}
              </text>
            )}
          </g>
        );
      })}
      <text className="axis-label" x={0} y={height - 4}>
        {columns[0]!.label}
      </text>
      {columns.length > 1 && (
        <text className="axis-label" x={width} y={height - 4} textAnchor="end">
          {columns[columns.length - 1]!.label}
        </text>
      )}
    </svg>
  );
};
