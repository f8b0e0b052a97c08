// Every command the extension contributes (package.json `contributes.commands`), registered
// against the context. Commands that act on a scenario use the active .tornet editor unless
// a code lens passes RunArguments.

import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { REQUESTS, type ResolvedScenario, type RunArguments } from '../language-server/protocol';
import { LANGUAGE_ID } from './client';
import { COMMAND_IDS } from './command-ids';
import type { Context } from './context';
import { copyExample, listExamples } from './examples';
import { RESULTS_FILE, scenarioNameOf } from './results/results-store';
import type { FinishedRun } from './run/run-controller';
import { selectionOf, type RunSelection } from './run/run-request';

export function registerCommands(ctx: Context): void {
  const register = (id: string, run: (...args: never[]) => unknown) => ctx.own(vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown));

  register(COMMAND_IDS.runExperiment, (args: RunArguments) => runFromLens(ctx, args));
  register(COMMAND_IDS.runVariant, (args: RunArguments) => runFromLens(ctx, args));
  register(COMMAND_IDS.runScenario, async (uri?: vscode.Uri) => {
    const document = await scenarioDocument(uri);
    return document && ctx.runs.run(document, { variants: [] });
  });
  register(COMMAND_IDS.pickVariantAndRun, async () => {
    const document = await scenarioDocument();
    const selection = document && (await pickVariants(ctx, document, false));
    return selection && ctx.runs.run(document, selection);
  });
  register(COMMAND_IDS.compareVariants, async () => {
    const document = await scenarioDocument();
    const selection = document && (await pickVariants(ctx, document, true));
    return selection && ctx.runs.run(document, selection);
  });
  register(COMMAND_IDS.stop, () => ctx.runs.stop());
  register(COMMAND_IDS.showLastResults, () => showLastResults(ctx));
  register(COMMAND_IDS.openResults, (folder?: string | vscode.Uri) => openResults(ctx, folder));
  register(COMMAND_IDS.exportResults, () => exportResults(ctx));
  register(COMMAND_IDS.openExample, () => openExample(ctx));
  register(COMMAND_IDS.checkAll, () => checkAllScenarios(ctx));
  register(COMMAND_IDS.refreshHistory, () => ctx.history.refresh());
}

async function runFromLens(ctx: Context, args: RunArguments): Promise<FinishedRun | undefined> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  return ctx.runs.run(document, selectionOf(args));
}

/** The given .tornet file, else the active editor's document if it is a scenario. */
async function scenarioDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === LANGUAGE_ID) return document;
  void vscode.window.showErrorMessage('Open a .tornet scenario first.');
  return undefined;
}

async function resolve(ctx: Context, document: vscode.TextDocument): Promise<ResolvedScenario | undefined> {
  const resolved = await ctx.client.sendRequest<ResolvedScenario | null>(REQUESTS.resolvedScenario, { textDocument: { uri: document.uri.toString() } });
  if (resolved?.model) return resolved;
  const count = resolved?.errors.length ?? 0;
  const choice = await vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(document.uri, false)} has ${count} error${count === 1 ? '' : 's'}; fix them first.`, 'Show Problems');
  if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return undefined;
}

/** One variant (Run Variant…) or several of one experiment (Compare Variants…). */
async function pickVariants(ctx: Context, document: vscode.TextDocument, several: boolean): Promise<RunSelection | undefined> {
  const model = (await resolve(ctx, document))?.model;
  if (!model) return undefined;
  if (model.experiments.length === 0) {
    void vscode.window.showErrorMessage('This scenario declares no experiment, so it has no variants: use Run Scenario.');
    return undefined;
  }
  let experiment = model.experiments[0]!;
  if (several && model.experiments.length > 1) {
    const picked = await vscode.window.showQuickPick(
      model.experiments.map((e) => ({ label: e.name, description: `${e.variants.length} variants`, experiment: e })),
      { title: 'Compare variants of which experiment?' },
    );
    if (!picked) return undefined;
    experiment = picked.experiment;
  }
  if (several) {
    const picked = await vscode.window.showQuickPick(
      experiment.variants.map((v) => ({ label: v.name, picked: v.name === experiment.baseline, description: v.name === experiment.baseline ? 'baseline' : '' })),
      { title: `Variants of ${experiment.name} to compare`, canPickMany: true },
    );
    return picked && picked.length > 0 ? { experiment: experiment.name, variants: picked.map((p) => p.label) } : undefined;
  }
  const picked = await vscode.window.showQuickPick(
    model.experiments.flatMap((e) => e.variants.map((v) => ({ label: v.name, description: e.name, experiment: e.name }))),
    { title: 'Run which variant?', matchOnDescription: true },
  );
  return picked && { experiment: picked.experiment, variants: [picked.label] };
}

async function showLastResults(ctx: Context): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const forDocument =
    document?.languageId === LANGUAGE_ID ? await ctx.lastResults.find(vscode.workspace.asRelativePath(document.uri, false), scenarioNameOf(document.uri.path), ctx.storeFor(document.uri)) : undefined;
  const entry = forDocument ?? ctx.lastResults.latest();
  if (entry) {
    await ctx.openRun(entry.folder);
    return;
  }
  const newest = (await Promise.all(ctx.stores().map((store) => store.list()))).flat().sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
  if (newest) await ctx.openRun(newest.folder);
  else void vscode.window.showInformationMessage('No TorNet results yet: run a scenario first.');
}

async function openResults(ctx: Context, folder?: string | vscode.Uri): Promise<void> {
  let path = folder instanceof vscode.Uri ? folder.fsPath : folder;
  if (path === undefined) {
    const runs = (await Promise.all(ctx.stores().map((store) => store.list()))).flat().sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
    const picked = runs.length > 0
      ? await vscode.window.showQuickPick(runs.map((run) => ({ label: run.scenario, description: run.startedAt.toLocaleString(), detail: vscode.workspace.asRelativePath(run.folder, false), run })), { title: 'Open results of which run?' })
      : undefined;
    if (picked) path = picked.run.folder;
    else {
      const chosen = await vscode.window.showOpenDialog({ title: 'Open a TorNet run folder', canSelectFolders: true, canSelectFiles: false });
      path = chosen?.[0]?.fsPath;
    }
  }
  if (path === undefined) return;
  try {
    await ctx.openRun(path);
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot open results: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exportResults(ctx: Context): Promise<void> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'results.json of the last shown run', format: 'json' as const },
      { label: 'CSV', description: 'data of the focused chart in the results panel', format: 'csv' as const },
      { label: 'PNG', description: 'image of the focused chart in the results panel', format: 'png' as const },
    ],
    { title: 'Export results as' },
  );
  if (!choice) return;
  if (choice.format !== 'json') {
    await ctx.panels.exportFromActivePanel(choice.format);
    return;
  }
  const entry = ctx.lastResults.latest();
  if (!entry) {
    void vscode.window.showInformationMessage('No results to export: run a scenario or open results first.');
    return;
  }
  const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(join(entry.folder, '..', `${basename(entry.folder)}.json`)), filters: { JSON: ['json'] } });
  if (target) await copyFile(join(entry.folder, RESULTS_FILE), target.fsPath);
}

async function openExample(ctx: Context): Promise<vscode.Uri | undefined> {
  const examplesFolder = vscode.Uri.joinPath(ctx.extensionUri, 'examples').fsPath;
  const examples = await listExamples(examplesFolder);
  const picked = await vscode.window.showQuickPick(examples.map((example) => ({ label: example.name, detail: example.description, example })), { title: 'Copy which example into the workspace?', matchOnDetail: true });
  if (!picked) return undefined;
  let target = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (target === undefined) {
    const chosen = await vscode.window.showOpenDialog({ title: 'Copy the example into which folder?', canSelectFolders: true, canSelectFiles: false });
    target = chosen?.[0]?.fsPath;
  }
  if (target === undefined) return undefined;
  const { scenario, kept } = await copyExample(picked.example, examplesFolder, target);
  if (kept.length > 0) ctx.output.info(`kept existing files: ${kept.join(', ')}`);
  const uri = vscode.Uri.file(scenario);
  await vscode.window.showTextDocument(uri);
  return uri;
}

/** Opens every scenario of the workspace so the server checks it; lists the errors and shows Problems. */
async function checkAllScenarios(ctx: Context): Promise<{ files: number; withErrors: number }> {
  const files = await vscode.workspace.findFiles('**/*.tornet', '**/{node_modules,.tornet}/**');
  let withErrors = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'TorNet: checking scenarios', cancellable: true }, async (progress, token) => {
    for (const [i, file] of files.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ increment: 100 / files.length, message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(file, false)}` });
      const document = await vscode.workspace.openTextDocument(file);
      const resolved = await ctx.client.sendRequest<ResolvedScenario | null>(REQUESTS.resolvedScenario, { textDocument: { uri: document.uri.toString() } });
      if (!resolved || resolved.errors.length === 0) continue;
      withErrors++;
      for (const error of resolved.errors) {
        ctx.output.error(`${vscode.workspace.asRelativePath(vscode.Uri.parse(error.uri), false)}:${error.line + 1}:${error.character + 1} ${error.code} ${error.message}`);
      }
    }
  });
  const summary = `Checked ${files.length} scenario${files.length === 1 ? '' : 's'}: ${withErrors === 0 ? 'no errors' : `${withErrors} with errors`}.`;
  if (withErrors === 0) void vscode.window.showInformationMessage(summary);
  else {
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showWarningMessage(summary, 'Show Output').then((c) => c && ctx.output.show());
  }
  return { files: files.length, withErrors };
}
