import type { Response } from 'express';

/**
 * What the HTTP server knows about its own life: the live event streams open now, and whether
 * it is draining (shutting down: answering what is in flight, taking nothing new).
 */
export class ServerLifecycle {
  private readonly streams = new Set<Response>();
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  /** Counts an open live stream; returns the function to call when it closes. */
  openStream(res: Response): () => void {
    this.streams.add(res);
    return () => this.streams.delete(res);
  }

  /**
   * Starts draining: every open live stream gets a last `closing` event (with a short `retry`,
   * so that the browser's EventSource reconnects at once, to another server behind the same
   * address) and is ended.
   */
  beginDrain(): void {
    this.drainingSince ??= Date.now();
    for (const res of this.streams) {
      res.end('retry: 500\nevent: closing\ndata: {"reason":"server shutting down"}\n\n');
    }
    this.streams.clear();
  }
}
