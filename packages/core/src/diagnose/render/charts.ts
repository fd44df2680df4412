import { esc, fmt } from './escape.js';

/** Colours for series, chosen to stay apart for the common kinds of colour blindness (Okabe–Ito). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#999999'];

export interface StackSeries {
  label: string;
  values: number[];
}

const W = 760;
const H = 240;
const PAD = { left: 52, right: 12, top: 12, bottom: 34 };

/** Stacked bars over time, one colour per series, with a legend; tooltips carry the numbers. */
export function stackedTimeChart(id: string, title: string, series: StackSeries[], start: number, bucketMs: number): string {
  const buckets = series[0]?.values.length ?? 0;
  const totals = Array.from({ length: buckets }, (_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = buckets ? plotW / buckets : plotW;
  const barW = Math.max(1, step * 0.85);
  const bars: string[] = [];
  for (let i = 0; i < buckets; i++) {
    let y = PAD.top + plotH;
    const at = new Date(start + i * bucketMs).toISOString().slice(0, 16).replace('T', ' ');
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (!v) return;
      const h = (v / max) * plotH;
      y -= h;
      bars.push(
        `<rect class="bar" x="${(PAD.left + i * step).toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[k % PALETTE.length]}"><title>${esc(`${at} UTC · ${s.label}: ${fmt(v)}`)}</title></rect>`,
      );
    });
  }
  const first = new Date(start).toISOString().slice(0, 16).replace('T', ' ');
  const last = new Date(start + buckets * bucketMs).toISOString().slice(0, 16).replace('T', ' ');
  const axis =
    `<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}" class="axis"/>` +
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" class="axis"/>` +
    `<text x="${PAD.left - 6}" y="${PAD.top + 10}" text-anchor="end" class="tick">${fmt(max)}</text>` +
    `<text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end" class="tick">0</text>` +
    `<text x="${PAD.left}" y="${H - 12}" class="tick">${esc(first)} UTC</text>` +
    `<text x="${W - PAD.right}" y="${H - 12}" text-anchor="end" class="tick">${esc(last)} UTC</text>`;
  const legend = series
    .map((s, k) => `<span class="key"><i style="background:${PALETTE[k % PALETTE.length]}"></i>${esc(s.label)}</span>`)
    .join('');
  return figure(id, title, `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}">${axis}${bars.join('')}</svg>`, legend);
}

export interface BarItem {
  label: string;
  value: number;
  /** Shown after the bar, e.g. "12 users". */
  note?: string;
}

/** Horizontal bars, largest first, label on the left and the number after the bar. */
export function barChart(id: string, title: string, items: BarItem[], colour = PALETTE[0] as string): string {
  const rowH = 24;
  const labelW = 280;
  const h = Math.max(rowH, items.length * rowH) + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const plotW = W - labelW - 170;
  const rows = items.map((item, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(1, (item.value / max) * plotW);
    const label = item.label.length > 34 ? `${item.label.slice(0, 33)}…` : item.label;
    return (
      `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="label">${esc(label)}<title>${esc(item.label)}</title></text>` +
      `<rect class="bar" x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${colour}"><title>${esc(`${item.label}: ${fmt(item.value)}${item.note ? ` · ${item.note}` : ''}`)}</title></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 16}" class="tick">${fmt(item.value)}${item.note ? ` · ${esc(item.note)}` : ''}</text>`
    );
  });
  return figure(id, title, `<svg viewBox="0 0 ${W} ${h}" role="img" aria-label="${esc(title)}">${rows.join('')}</svg>`);
}

function figure(id: string, title: string, svg: string, legend = ''): string {
  return `<figure class="chart" data-chart="${esc(id)}"><figcaption>${esc(title)}</figcaption>${svg}${legend ? `<div class="legend">${legend}</div>` : ''}</figure>`;
}
