const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML or SVG, in elements and in quoted attributes: log values are hostile input. */
export const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

/** 12345 → "12,345". */
export const fmt = (n: number): string => n.toLocaleString('en-US');

/** 0.9 → "90%". */
export const share = (x: number): string => (x > 0 && x < 0.01 ? `${(x * 100).toFixed(1)}%` : `${Math.round(x * 100)}%`);
