// The language server: declares its capabilities and routes each LSP request to the
// provider of that feature (features/), through `safely` so that a failing feature is
// logged and answered with an empty result instead of ending the server.

import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type CodeActionParams,
  type Connection,
  type InitializeResult,
  type DocumentRangeFormattingParams,
  type InlayHintParams,
  type ReferenceParams,
  type RenameParams,
  type SelectionRangeParams,
  type TextDocumentPositionParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import type { Analysis } from './documents/analysis';
import { DocumentManager } from './documents/document-manager';
import { codeActions } from './features/code-actions';
import { codeLenses } from './features/code-lenses';
import { completion } from './features/completion';
import { documentDiagnostics } from './features/diagnostics';
import { documentLinks } from './features/document-links';
import { documentSymbols } from './features/document-symbols';
import { foldingRanges } from './features/folding-ranges';
import { formatDocument, formatRange } from './features/formatting';
import { hover } from './features/hover';
import { inlayHints } from './features/inlay-hints';
import { definition, documentHighlights, prepareRename, references, rename } from './features/references';
import { selectionRanges } from './features/selection-ranges';
import { signatureHelp } from './features/signature-help';
import { resolvedScenario, runTargets } from './features/resolved-scenario';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semantic-tokens';
import { workspaceSymbols } from './features/workspace-symbols';
import { REQUESTS, type DocumentParams } from './protocol';
import { safely } from './safely';

/** Quiet time after an edit before diagnostics are computed. */
export const DEBOUNCE_MS = 150;

export function startServer(connection: Connection): void {
  const log = { error: (message: string) => connection.console.error(message) };
  const documents = new DocumentManager({
    debounceMs: DEBOUNCE_MS,
    onAnalysed: (analysis) => {
      connection.sendDiagnostics({ uri: analysis.uri, version: analysis.version, diagnostics: safely(log, 'diagnostics', [], documentDiagnostics)(analysis) });
    },
    onClosed: (uri) => {
      connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  });

  /** Wraps a feature of one document: no analysis (unknown document) or an exception answers `empty`. */
  function feature<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, provide: (analysis: Analysis, params: P) => R) {
    return safely(log, name, empty, (params: P): R => {
      const analysis = documents.analysis(params.textDocument.uri);
      return analysis ? provide(analysis, params) : empty;
    });
  }

  connection.onHover(feature('hover', null, (analysis, params: TextDocumentPositionParams) => hover(analysis, params.position)));
  connection.onCompletion(feature('completion', [], (analysis, params: TextDocumentPositionParams) => completion(analysis, params.position)));
  connection.onDefinition(feature('definition', null, (analysis, params: TextDocumentPositionParams) => definition(analysis, params.position)));
  connection.onReferences(feature('references', [], (analysis, params: ReferenceParams) => references(analysis, params.position, params.context.includeDeclaration)));
  connection.onDocumentHighlight(feature('document highlight', [], (analysis, params: TextDocumentPositionParams) => documentHighlights(analysis, params.position)));
  connection.onPrepareRename(feature('prepare rename', null, (analysis, params: TextDocumentPositionParams) => prepareRename(analysis, params.position)));
  connection.onRenameRequest(feature('rename', null, (analysis, params: RenameParams) => rename(analysis, params.position, params.newName)));
  connection.onDocumentLinks(feature('document links', [], documentLinks));
  connection.onCodeLens(feature('code lenses', [], codeLenses));
  connection.onWorkspaceSymbol(
    safely(log, 'workspace symbols', [], (params: WorkspaceSymbolParams) =>
      workspaceSymbols(documents.openUris().flatMap((uri) => documents.analysis(uri) ?? []), params.query),
    ),
  );
  connection.onDocumentSymbol(feature('document symbols', [], documentSymbols));
  connection.onFoldingRanges(feature('folding ranges', [], foldingRanges));
  connection.onDocumentFormatting(feature('formatting', [], formatDocument));
  connection.onDocumentRangeFormatting(feature('range formatting', [], (analysis, params: DocumentRangeFormattingParams) => formatRange(analysis, params.range)));
  connection.languages.semanticTokens.on(feature('semantic tokens', { data: [] }, semanticTokens));
  connection.onCodeAction(feature('code actions', [], (analysis, params: CodeActionParams) => codeActions(analysis, params)));
  connection.onSignatureHelp(feature('signature help', null, (analysis, params: TextDocumentPositionParams) => signatureHelp(analysis, params.position)));
  connection.languages.inlayHint.on(feature('inlay hints', [], (analysis, params: InlayHintParams) => inlayHints(analysis, params.range)));
  connection.onSelectionRanges(feature('selection ranges', [], (analysis, params: SelectionRangeParams) => selectionRanges(analysis, params.positions)));
  connection.onRequest(REQUESTS.resolvedScenario, feature('resolved scenario', null, (analysis, _params: DocumentParams) => resolvedScenario(analysis)));
  connection.onRequest(REQUESTS.runTargets, feature('run targets', [], (analysis, _params: DocumentParams) => runTargets(analysis)));

  let watchFiles = false;
  connection.onInitialize((params): InitializeResult => {
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const roots = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    documents.setRoots(roots);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'TorNet' },
        foldingRangeProvider: true,
        documentLinkProvider: {},
        codeLensProvider: {},
        workspaceSymbolProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: [' ', '(', ',', '.'] },
        selectionRangeProvider: true,
        documentFormattingProvider: true,
        inlayHintProvider: true,
        signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorExtract] },
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      },
      serverInfo: { name: 'tornet-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (!watchFiles) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.tornet' }] }).catch(() => undefined);
  });
  connection.onDidChangeWatchedFiles(
    safely(log, 'watched files', undefined, (params) => {
      for (const change of params.changes) documents.fileChanged(change.uri);
    }),
  );
  connection.onShutdown(() => documents.dispose());

  documents.listen(connection);
  connection.listen();
}
