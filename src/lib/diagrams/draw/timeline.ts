import { daysBetween } from '../../dates.ts';
import { createFormatter, type Formatter } from '../../view/format.ts';
import type { TimelineDrawing } from '../types.ts';
import { TEXT, widest, wrapText, type Measure } from './measure.ts';
import { attrs, heightOf, num, styledLines, type StyledLine } from './svg.ts';

/**
 * The action plan on a time axis, drawn directly: a row per action with its title, status, owner
 * and due date written in the left column (so colour and shape are never the only cues), its
 * milestone on the axis, the plan's period as the first row and a marker on the build's date.
 * Every row is as tall as its wrapped title: labels never run into the next row.
 */

const TITLE_WIDTH = 280;
const PLOT = 520;
const PAD = 6;
const GAP = 16;
const MARGIN = 8;
const MIN_ROW = 30;

const SHAPE: Record<TimelineDrawing['rows'][number]['status'], (x: number, y: number) => string> = {
  planned: (x, y) => `<path d="M${num(x)} ${num(y - 7)}L${num(x + 7)} ${num(y)}L${num(x)} ${num(y + 7)}L${num(x - 7)} ${num(y)}z"/>`,
  'in-progress': (x, y) => `<path d="M${num(x)} ${num(y - 8)}L${num(x + 8)} ${num(y)}L${num(x)} ${num(y + 8)}L${num(x - 8)} ${num(y)}z"/>`,
  done: (x, y) => `<circle${attrs({ cx: x, cy: y, r: 6 })}/>`,
  blocked: (x, y) => `<rect${attrs({ x: x - 6, y: y - 6, width: 12, height: 12 })}/>`,
};

const formats = new Map<string, { fmt: Formatter; month: Intl.DateTimeFormat }>();

/** Intl formats are costly to create: one set per locale. */
function formatsFor(locale: string) {
  let found = formats.get(locale);
  if (!found)
    formats.set(
      locale,
      (found = {
        fmt: createFormatter(locale),
        month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      }),
    );
  return found;
}

export function drawTimeline(drawing: TimelineDrawing, measure: Measure): { body: string; width: number; height: number } {
  const { fmt, month } = formatsFor(drawing.locale);

  const rows: { lines: StyledLine[]; kind: string; due?: string; shape?: string }[] = [
    {
      kind: 'kp-d-period-row',
      lines: [
        ...wrapText(drawing.period.label, TITLE_WIDTH, TEXT.strong, measure).map((text): StyledLine => ({ text, ...TEXT.strong })),
        ...wrapText(`${fmt.date(drawing.period.start)} – ${fmt.date(drawing.period.end)}`, TITLE_WIDTH, TEXT.body, measure).map(
          (text): StyledLine => ({ text, ...TEXT.body, className: 'kp-d-muted' }),
        ),
      ],
    },
    ...drawing.rows.map((row) => ({
      kind: `kp-d-status-${row.status}`,
      due: row.due,
      shape: row.status,
      lines: [
        ...wrapText(row.title, TITLE_WIDTH, TEXT.body, measure).map((text): StyledLine => ({ text, ...TEXT.body })),
        ...wrapText([row.statusLabel, row.owner, fmt.date(row.due)].filter(Boolean).join(' · '), TITLE_WIDTH, TEXT.body, measure).map(
          (text): StyledLine => ({ text, ...TEXT.body, className: 'kp-d-muted' }),
        ),
      ],
    })),
  ];
  const labelWidth =
    Math.ceil(
      Math.max(
        ...rows.map((row) =>
          widest(
            row.lines.map((line) => line.text),
            TEXT.strong,
            measure,
          ),
        ),
      ),
    ) +
    2 * PAD;

  // The axis runs over whole months from the earliest date to the latest.
  const dates = [drawing.period.start, drawing.period.end, ...drawing.rows.map((row) => row.due)].sort();
  const first = `${dates[0]!.slice(0, 7)}-01`;
  const lastMonth = dates.at(-1)!.slice(0, 7);
  const end = nextMonth(`${lastMonth}-01`);
  const span = daysBetween(first, end);
  const plotLeft = MARGIN + labelWidth + GAP;
  const x = (date: string) => plotLeft + (daysBetween(first, date) / span) * PLOT;

  const months: string[] = [];
  for (let at = first; at < end; at = nextMonth(at)) months.push(at);
  const monthLabel = (date: string) => month.format(new Date(`${date}T00:00:00Z`));
  const labelRoom = widest(months.map(monthLabel), TEXT.body, measure) + 10;
  const step = Math.max(1, Math.ceil(labelRoom / (PLOT / months.length)));
  const ticks = months.filter((_, index) => index % step === 0);

  const today = drawing.today !== undefined && drawing.today >= first && drawing.today < end ? drawing.today : undefined;
  const inRange = today !== undefined;
  const todayText = today ? `${drawing.todayLabel} · ${fmt.date(today)}` : '';
  const headerTop = MARGIN + (inRange ? heightOf(TEXT.strong) + 4 : 0);
  const axisY = headerTop + heightOf(TEXT.body) + 4;

  const parts: string[] = [];
  let y = axisY;
  const rowPlaces: { top: number; height: number }[] = [];
  rows.forEach((row, index) => {
    const height = Math.max(MIN_ROW, row.lines.reduce((sum, line) => sum + heightOf(line), 0) + 2 * PAD);
    rowPlaces.push({ top: y, height });
    if (index % 2 === 1) parts.push(`<rect class="kp-d-stripe"${attrs({ x: MARGIN, y, width: plotLeft + PLOT - MARGIN, height })}/>`);
    y += height;
  });
  const bottom = y;

  for (const tick of ticks) {
    const tx = x(tick);
    parts.push(`<path class="kp-d-grid"${attrs({ d: `M${num(tx)} ${num(axisY)}V${num(bottom)}` })}/>`);
    parts.push(styledLines([{ text: monthLabel(tick), ...TEXT.body, className: 'kp-d-muted' }], tx + 3, headerTop).markup);
  }
  parts.push(`<path class="kp-d-axis"${attrs({ d: `M${num(plotLeft)} ${num(axisY)}H${num(plotLeft + PLOT)}` })}/>`);

  rows.forEach((row, index) => {
    const place = rowPlaces[index]!;
    const middle = place.top + place.height / 2;
    const textHeight = row.lines.reduce((sum, line) => sum + heightOf(line), 0);
    parts.push(`<g class="kp-d-row ${row.kind}">${styledLines(row.lines, MARGIN + PAD, middle - textHeight / 2).markup}`);
    if (index === 0) {
      const from = x(drawing.period.start);
      parts.push(
        `<rect class="kp-d-period"${attrs({ x: from, y: middle - 6, width: Math.max(2, x(drawing.period.end) - from), height: 12, rx: 3 })}/>`,
      );
    } else {
      parts.push(
        `<path class="kp-d-guide"${attrs({ d: `M${num(plotLeft)} ${num(middle)}H${num(x(row.due!))}` })}/>`,
        `<g class="kp-d-milestone">${SHAPE[row.shape as keyof typeof SHAPE](x(row.due!), middle)}</g>`,
      );
    }
    parts.push('</g>');
  });

  let width = plotLeft + PLOT + MARGIN;
  if (today) {
    const tx = x(today);
    const textWidth = measure(todayText, TEXT.strong);
    // The label sits right of the line, or left of it near the end of the axis.
    const anchorLeft = tx + 4 + textWidth > plotLeft + PLOT;
    const labelX = anchorLeft ? tx - 4 - textWidth : tx + 4;
    parts.push(
      `<g class="kp-d-today"><path${attrs({ d: `M${num(tx)} ${num(MARGIN + 2)}V${num(bottom)}` })}/>${styledLines([{ text: todayText, ...TEXT.strong }], labelX, MARGIN).markup}</g>`,
    );
    width = Math.max(width, labelX + textWidth + MARGIN);
  }
  return { body: parts.join(''), width, height: bottom + MARGIN };
}

function nextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
