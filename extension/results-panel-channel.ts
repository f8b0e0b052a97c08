// One results panel's conversation with its page, apart from VS Code so it can be tested: the
// page only hears messages while it is loaded, so the latest content is kept and (re)sent when
// the page says `ready`; an export request waits for the page, and its reply (or a timeout)
// settles it. Messages from the page are checked before use.

import { isPanelMessage, type ExportKind, type HostMessage, type PanelMessage } from '../webview/protocol';

export type ExportMessage = Extract<PanelMessage, { type: 'export' }>;
export type ExportReply = ExportMessage | Extract<PanelMessage, { type: 'export-failed' }>;

export class PanelChannel {
  private content: HostMessage | null = null;
  private ready = false;
  private nextRequestId = 1;
  private readonly pending = new Map<number, (reply: ExportReply | null) => void>();
  private readonly queued: HostMessage[] = [];

  constructor(private readonly send: (message: HostMessage) => void) {}

  /** What the page should show now; sent at once if the page listens, else when it says ready. */
  show(content: HostMessage): void {
    this.content = content;
    if (this.ready) this.send(content);
  }

  /** The page was hidden: VS Code discards it and loads it again when shown. */
  hidden(): void {
    this.ready = false;
  }

  /** Asks the page for an export; null when it does not answer within `timeoutMs`. */
  requestExport(kind: ExportKind, timeoutMs: number): Promise<ExportReply | null> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(requestId, null), timeoutMs);
      this.pending.set(requestId, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      const request: HostMessage = { type: 'export-request', requestId, kind };
      if (this.ready) this.send(request);
      else this.queued.push(request);
    });
  }

  /** Handles what the page posted; returns an export the user started from the page (to save), else null. */
  receive(message: unknown): ExportMessage | null {
    if (!isPanelMessage(message)) return null;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.content) this.send(this.content);
        for (const request of this.queued.splice(0)) this.send(request);
        return null;
      case 'export':
      case 'export-failed':
        if (message.requestId !== null && this.pending.has(message.requestId)) {
          this.settle(message.requestId, message);
          return null;
        }
        return message.type === 'export' && message.requestId === null ? message : null;
    }
  }

  private settle(requestId: number, reply: ExportReply | null): void {
    const resolve = this.pending.get(requestId);
    this.pending.delete(requestId);
    resolve?.(reply);
  }
}
