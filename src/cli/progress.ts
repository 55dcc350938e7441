/** A one-line progress display on stderr, redrawn in place; silent when not wanted. */
export class Progress {
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly enabled: boolean,
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    process.stderr.write(`\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${Math.round(rate)}/s`);
    if (done >= total) process.stderr.write('\n');
  }

  clear(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
