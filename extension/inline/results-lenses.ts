// Inline results after a run: a code lens with the headline numbers above each experiment and
// variant, and on hovering a variant's name a small CDF chart with a link to the full panel.
// Positions come from the language server (tornet/runTargets); results from LastResults.
// Results whose scenario text differs from the document's are marked stale.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REQUESTS, type RunTarget } from '../../language-server/protocol';
import { COMMAND_IDS } from '../command-ids';
import type { LastResults, RunEntry } from '../results/last-results';
import { scenarioNameOf, type ResultsStore } from '../results/results-store';
import { cdfSvg, svgDataUri } from './cdf-svg';
import { experimentLensText, variantLensText, variantsSummaryText } from './lens-text';
import { isStale, STALE_NOTE } from './stale';
import { variantChartSpec } from './variant-chart';
import { variantHoverMarkdown } from './variant-hover';

export interface InlineResultsDeps {
  readonly client: LanguageClient;
  readonly lastResults: LastResults;
  /** The results store of a document's workspace, if it has one. */
  readonly storeFor: (document: vscode.TextDocument) => ResultsStore | undefined;
}

export class InlineResults implements vscode.CodeLensProvider, vscode.HoverProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly deps: InlineResultsDeps) {}

  /** New results exist (a run finished or was opened): lenses are asked again. */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const entry = await this.entryOf(document);
    if (!entry || token.isCancellationRequested) return [];
    const targets = await this.targetsOf(document, token);
    const stale = isStale(entry.results, document.getText());
    const lens = (target: RunTarget, text: string | undefined) => {
      if (text === undefined) return [];
      const position = new vscode.Position(target.line, target.character);
      return [
        new vscode.CodeLens(new vscode.Range(position, position), {
          title: stale ? `${STALE_NOTE} · ${text}` : text,
          tooltip: `Results of ${vscode.workspace.asRelativePath(entry.folder, false)}: open the panel`,
          command: COMMAND_IDS.openResults,
          arguments: [entry.folder],
        }),
      ];
    };
    return targets.flatMap((target) => {
      if (target.variant !== undefined) return lens(target, variantLensText(entry.results, target.experiment, target.variant));
      const declared = new Set(targets.filter((t) => t.experiment === target.experiment && t.variant !== undefined).map((t) => t.variant));
      const undeclared = entry.results.experiments.find((e) => e.name === target.experiment)?.variants.map((v) => v.name).filter((name) => !declared.has(name)) ?? [];
      return [...lens(target, experimentLensText(entry.results, target.experiment)), ...lens(target, variantsSummaryText(entry.results, target.experiment, undeclared))];
    });
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const word = document.getWordRangeAtPosition(position, /[\w.-]+/);
    if (!word) return undefined;
    const entry = await this.entryOf(document);
    if (!entry || token.isCancellationRequested) return undefined;
    const name = document.getText(word);
    const targets = await this.targetsOf(document, token);
    // A declared variant's name, or a sweep item's name inside the experiment above the cursor.
    const declared = targets.find((t) => t.variant === name && t.line === word.start.line);
    const enclosing = targets.filter((t) => t.variant === undefined && t.line <= word.start.line).at(-1);
    const experiment = declared?.experiment ?? enclosing?.experiment;
    if (experiment === undefined || !entry.results.experiments.find((e) => e.name === experiment)?.variants.some((v) => v.name === name)) return undefined;
    const spec = variantChartSpec(entry.results, experiment, name);
    const headline = variantLensText(entry.results, experiment, name, { nameBaseline: true });
    const markdown = new vscode.MarkdownString(
      variantHoverMarkdown({
        name,
        headline,
        staleNote: isStale(entry.results, document.getText()) ? STALE_NOTE : undefined,
        chart: spec ? { title: spec.title, dataUri: svgDataUri(cdfSvg(spec)) } : undefined,
        openPanel: `command:${COMMAND_IDS.openResults}?${encodeURIComponent(JSON.stringify([entry.folder]))}`,
      }),
    );
    markdown.isTrusted = { enabledCommands: [COMMAND_IDS.openResults] };
    return new vscode.Hover(markdown, word);
  }

  private entryOf(document: vscode.TextDocument): Promise<RunEntry | undefined> {
    const path = vscode.workspace.asRelativePath(document.uri, false);
    return this.deps.lastResults.find(path, scenarioNameOf(document.uri.path), this.deps.storeFor(document));
  }

  private async targetsOf(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<RunTarget[]> {
    return this.deps.client.sendRequest<RunTarget[]>(REQUESTS.runTargets, { textDocument: { uri: document.uri.toString() } }, token);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
