// Keeps the open documents and their analyses. The lifecycle of a document, in one place:
//
//   opened / changed  → Changed: the text is updated (incremental edits applied by
//                       TextDocuments) and an analysis is scheduled `debounceMs` later;
//                       a newer change cancels the scheduled one, so typing analyses once.
//   Analysed          → when the timer fires, or earlier when a feature asks for the
//                       document (features always see the current text).
//   Published         → `onAnalysed` runs once per analysis, and only for the current version.
//   a file changes    → every open document whose analysis read it (its includes) is
//                       Changed too, so its diagnostics follow the included file.
//   closed            → forgotten; `onClosed` clears its diagnostics.
//
// Analysis is synchronous, so an analysis never overlaps a newer edit: the cancellation of
// stale work is the cancellation of the pending timer, and the version check before publishing.

import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from './analysis';
import { ParseCache } from './parse-cache';

export interface DocumentManagerOptions {
  /** Quiet time after the last edit before a document is analysed. */
  readonly debounceMs: number;
  readonly onAnalysed: (analysis: Analysis) => void;
  readonly onClosed: (uri: string) => void;
}

export class DocumentManager {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly analyses = new Map<string, Analysis>();
  private readonly published = new WeakSet<Analysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly included = new ParseCache();
  private roots: readonly string[] = [];

  constructor(private readonly options: DocumentManagerOptions) {
    this.documents.onDidChangeContent(({ document }) => this.changed(document.uri));
    this.documents.onDidClose(({ document }) => this.closed(document.uri));
  }

  listen(connection: Connection): void {
    this.documents.listen(connection);
  }

  /** Workspace folder URIs: includes are confined to them. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots;
  }

  /** The open document's current text, if it is open. */
  text(uri: string): string | undefined {
    return this.documents.get(uri)?.getText();
  }

  openUris(): string[] {
    return this.documents.keys();
  }

  /** The analysis of the current text of an open document (computed now if stale). */
  analysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const current = this.analysisOfVersion(uri, document.version);
    if (current) return current;
    // Let go of the stale analysis first (no local keeps it either): its tree and model then
    // die young instead of being copied to V8's old generation while their successor is
    // built, which made a large document's re-analysis ~1.5× slower (docs/performance.md).
    this.analyses.delete(uri);
    const fresh = analyse(uri, document.version, document.getText(), this.roots, this, this.included);
    this.analyses.set(uri, fresh);
    return fresh;
  }

  /** A file changed outside the editor (a watched-file notification). */
  fileChanged(uri: string): void {
    this.dependencyChanged(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private analysisOfVersion(uri: string, version: number): Analysis | undefined {
    const cached = this.analyses.get(uri);
    return cached?.version === version ? cached : undefined;
  }

  private changed(uri: string): void {
    this.schedule(uri);
    this.dependencyChanged(uri);
  }

  /** Open documents that read `uri` through an include are out of date. */
  private dependencyChanged(uri: string): void {
    for (const [reader, analysis] of this.analyses) {
      if (reader === uri || !analysis.dependencies.has(uri)) continue;
      this.analyses.delete(reader);
      this.schedule(reader);
    }
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      const analysis = this.analysis(uri);
      if (!analysis || this.published.has(analysis)) return;
      this.published.add(analysis);
      this.options.onAnalysed(analysis);
    }, this.options.debounceMs);
    this.timers.set(uri, timer);
  }

  private closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.analyses.delete(uri);
    this.options.onClosed(uri);
    this.dependencyChanged(uri); // readers fall back to the file on disk
  }
}
