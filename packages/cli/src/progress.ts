/** A one-line progress bar on a terminal (stderr), drawn only when the work outlasts a blink, never when piped. */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private drawn = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** Bytes in all inputs; undefined when one is stdin. */
    private readonly total: number | undefined,
  ) {
    this.enabled = Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
  }

  /** `offset`: bytes of the inputs before this one; `bytes`: read of this one. */
  update(offset: number, bytes: number, signIns: number, label: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 400 || now - this.drawn < 100) return;
    this.drawn = now;
    this.shown = true;
    const read = offset + bytes;
    const columns = this.stream.columns || 80;
    const counts = `${mb(read)}${this.total ? ` of ${mb(this.total)}` : ''} · ${signIns.toLocaleString('en-US')} sign-ins · file ${label}`;
    let line = counts;
    if (this.total) {
      const share = Math.min(1, read / this.total);
      const barWidth = Math.max(10, Math.min(30, columns - 70));
      const filled = Math.round(share * barWidth);
      line = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${counts}`;
    }
    this.stream.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
