/// <reference lib="dom" />
// The results panel page: a header with run status, then per experiment its chart panels and
// its percentile table. Each results message updates the page in place: existing charts get new
// data and options (no rebuilt canvas, no flicker), new panels are added, gone ones removed.
// The user's axis and baseline choices live in the webview state and survive reloads.

import type { ExperimentResults, ResultsFile } from '../../simulator/results/types';
import { experimentPanels, type Panel } from '../charts/figure';
import type { ExportKind, HostMessage, PanelMessage, PanelState, ProvisionalVariant } from '../protocol';
import { chartCsv } from './chart-data-csv';
import { themedChart } from './chart-theme';
import { el } from './dom';
import { FigureView } from './figure-view';
import { defaultBaseline } from './percentile-table';
import { runStatus } from './run-status';
import { TableView } from './table-view';
import type { Theme } from './theme';

interface ExperimentView {
  readonly element: HTMLElement;
  readonly grid: HTMLElement;
  readonly table: TableView;
  readonly figures: Map<string, FigureView>;
}

export interface Host {
  post(message: PanelMessage): void;
  saveState(state: PanelState): void;
}

export class PanelApp {
  private results: ResultsFile | null = null;
  /** Chart label per `experiment\u0000variant` of variants drawn from partial runs. */
  private partialLabels = new Map<string, string>();
  private readonly experiments = new Map<string, ExperimentView>();
  private readonly header = el('header', {});
  private readonly status = el('section', { class: 'status', 'aria-label': 'Runs' });
  private readonly body = el('div', {});
  private focusedFigure: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private state: PanelState,
    private theme: Theme,
    private readonly host: Host,
  ) {
    root.addEventListener('focusin', (event) => {
      const figure = (event.target as HTMLElement).closest?.('figure[data-panel]');
      const section = figure?.closest('section[data-experiment]');
      if (figure && section) this.focusedFigure = `${section.getAttribute('data-experiment')}\u0000${figure.getAttribute('data-panel')}`;
    });
  }

  handle(message: HostMessage): void {
    switch (message.type) {
      case 'results':
        this.state = { ...this.state, panel: message.panel };
        this.host.saveState(this.state);
        this.partialLabels = new Map(message.provisional.map((p) => [`${p.experiment}\u0000${p.variant}`, partialLabel(p)]));
        this.show(message.results);
        return;
      case 'export-request':
        this.answerExport(message.requestId, message.kind);
        return;
      case 'problem':
        this.results = null;
        this.clearExperiments();
        this.root.replaceChildren(el('p', { class: 'notice problem', role: 'alert' }, message.message));
        return;
    }
  }

  /** Re-colours every chart (VS Code changed the theme). */
  setTheme(theme: Theme): void {
    this.theme = theme;
    if (this.results) this.show(this.results);
  }

  private show(results: ResultsFile): void {
    if (!this.results) this.root.replaceChildren(this.header, this.status, this.body);
    this.results = results;
    this.renderHeader(results);
    const names = new Set(results.experiments.map((e) => e.name));
    for (const [name, view] of this.experiments) if (!names.has(name)) this.removeExperiment(name, view);
    for (const experiment of results.experiments) this.renderExperiment(results, experiment);
  }

  private renderHeader(results: ResultsFile): void {
    const title = results.scenario.model.base.run.title || results.scenario.path;
    const summary = runStatus(results);
    this.header.replaceChildren(
      el('h1', {}, title),
      el('p', { class: 'meta' }, `${results.scenario.path} · sha256 ${results.scenario.sha256.slice(0, 12)} · ${results.tool.name} ${results.tool.version}`),
      el('p', { class: `run-state ${summary.state}`, role: 'status' }, summary.state === 'running' ? `Running — ${summary.text}` : summary.state === 'partial' ? `Partial results — ${summary.text}` : summary.text),
    );
    this.status.replaceChildren(
      ...(summary.runs.length === 0
        ? []
        : [
            el(
              'ul',
              { class: 'runs' },
              ...summary.runs.map((run) =>
                el('li', { class: `run ${run.status}` }, `${run.experiment}/${run.variant} seed ${run.seed}: ${run.status}`, ...(run.error ? [el('pre', { class: 'error' }, run.error)] : [])),
              ),
            ),
          ]),
    );
  }

  private renderExperiment(results: ResultsFile, experiment: ExperimentResults): void {
    let view = this.experiments.get(experiment.name);
    if (!view) {
      const grid = el('div', { class: 'grid' });
      const table = new TableView(experiment.name, (variant) => {
        this.state = { ...this.state, baselines: { ...this.state.baselines, [experiment.name]: variant } };
        this.host.saveState(this.state);
        if (this.results) this.show(this.results);
      });
      const percentiles = el('details', { open: '' }, el('summary', {}, 'Percentiles and changes'), table.element);
      const element = el('section', { 'data-experiment': experiment.name }, el('h2', {}, `Experiment ${experiment.name}`), grid, percentiles);
      view = { element, grid, table, figures: new Map() };
      this.experiments.set(experiment.name, view);
      this.body.append(element);
    }
    const chosen = this.state.baselines[experiment.name];
    const labelOf = (variant: string) => this.partialLabels.get(`${experiment.name}\u0000${variant}`) ?? variant;
    view.table.render(experiment, chosen !== undefined && experiment.variants.some((v) => v.name === chosen) ? chosen : defaultBaseline(experiment), labelOf);

    const panels = this.panelsOf(results, { ...experiment, variants: experiment.variants.map((v) => ({ ...v, name: labelOf(v.name) })) });
    const ids = new Set(panels.map((p) => p.id));
    for (const [id, figure] of view.figures) {
      if (!ids.has(id)) {
        figure.destroy();
        view.figures.delete(id);
      }
    }
    panels.forEach((panel, i) => {
      const config = themedChart(panel.chart, this.theme);
      let figure = view.figures.get(panel.id);
      if (figure) figure.update(panel, config);
      else {
        figure = new FigureView(panel.id, panel, config, () => this.theme.background, {
          toggleLogarithmic: (id) => this.toggleLogarithmic(experiment.name, id),
          export: (id, kind) => this.exportChart(null, experiment.name, id, kind),
        });
        view.figures.set(panel.id, figure);
      }
      // Keep the paper's order when a panel appears mid-run (moving a node keeps its canvas).
      if (view.grid.children[i] !== figure.element) view.grid.insertBefore(figure.element, view.grid.children[i] ?? null);
    });
  }

  private panelsOf(results: ResultsFile, experiment: ExperimentResults): Panel[] {
    const prefix = `${experiment.name}\u0000`;
    const logarithmic = Object.fromEntries(Object.entries(this.state.logarithmic).filter(([key]) => key.startsWith(prefix)).map(([key, on]) => [key.slice(prefix.length), on]));
    return experimentPanels(results, experiment, { palette: this.theme.palette, logarithmic });
  }

  private toggleLogarithmic(experimentName: string, panelId: string): void {
    const experiment = this.results?.experiments.find((e) => e.name === experimentName);
    if (!experiment || !this.results) return;
    const current = this.panelsOf(this.results, experiment).find((p) => p.id === panelId)?.logarithmic ?? false;
    this.state = { ...this.state, logarithmic: { ...this.state.logarithmic, [`${experimentName}\u0000${panelId}`]: !current } };
    this.host.saveState(this.state);
    this.renderExperiment(this.results, experiment);
  }

  private answerExport(requestId: number, kind: ExportKind): void {
    const [experimentName, panelId] = this.focusedFigure?.split('\u0000') ?? [];
    const focused = experimentName !== undefined && panelId !== undefined && this.experiments.get(experimentName)?.figures.has(panelId);
    const first = [...this.experiments.entries()].find(([, view]) => view.figures.size > 0);
    const target = focused ? [experimentName!, panelId!] : first ? [first[0], first[1].figures.keys().next().value!] : null;
    if (!target) this.host.post({ type: 'export-failed', requestId, message: 'the panel shows no chart yet' });
    else this.exportChart(requestId, target[0]!, target[1]!, kind);
  }

  private exportChart(requestId: number | null, experimentName: string, panelId: string, kind: ExportKind): void {
    const experiment = this.results?.experiments.find((e) => e.name === experimentName);
    const figure = this.experiments.get(experimentName)?.figures.get(panelId);
    if (!this.results || !experiment || !figure) {
      if (requestId !== null) this.host.post({ type: 'export-failed', requestId, message: `no chart ${panelId} in experiment ${experimentName}` });
      return;
    }
    const fileName = `${experimentName}-${panelId.replace(/[^A-Za-z0-9]+/g, '-')}.${kind}`;
    const data = kind === 'png' ? figure.png() : chartCsv(this.results, experiment, panelId);
    this.host.post({ type: 'export', requestId, kind, fileName, data });
  }

  private removeExperiment(name: string, view: ExperimentView): void {
    for (const figure of view.figures.values()) figure.destroy();
    view.element.remove();
    this.experiments.delete(name);
  }

  private clearExperiments(): void {
    for (const [name, view] of [...this.experiments]) this.removeExperiment(name, view);
  }
}

/** `kist (partial: 12 s)`: the legend of a variant drawn from unfinished runs. */
function partialLabel(p: ProvisionalVariant): string {
  return `${p.variant} (partial: ${Number(p.simulatedSeconds.toPrecision(3))} s)`;
}
