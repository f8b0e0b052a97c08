// Every message between the extension host (extension/results-panel.ts) and the results panel
// webview (webview/panel/), and the state the webview keeps to come back after a restart.
// Both sides check what arrives with the guards below: a webview message is untrusted input.

import { RESULTS_FORMAT, type ResultsFile } from '../simulator/results/types';

/** The webview panel type; `onWebviewPanel:tornet.results` revives panels after a restart. */
export const RESULTS_VIEW_TYPE = 'tornet.results';

export type ExportKind = 'png' | 'csv';

/** Extension → webview. */
export type HostMessage =
  /**
   * Results to show. Sent on open, on every live update while a run streams (`results.complete`
   * false, running runs carry partial summaries) and again when the webview says `ready` (a hidden
   * panel's page is discarded and reloaded). The panel updates its charts in place.
   */
  | { readonly type: 'results'; readonly panel: PanelIdentity; readonly results: ResultsFile; readonly provisional: readonly ProvisionalVariant[] }
  /** The Export command: export the focused chart (else the first) as PNG, or its data as CSV. */
  | { readonly type: 'export-request'; readonly requestId: number; readonly kind: ExportKind }
  /** The panel has nothing to show and says why (e.g. its results folder is gone after a restart). */
  | { readonly type: 'problem'; readonly message: string };

/** Webview → extension. */
export type PanelMessage =
  /** The page has loaded and listens; the host (re)sends the latest results. */
  | { readonly type: 'ready' }
  /**
   * A chart to save: `data` is a `data:image/png;base64,…` URL for PNG, the file text for CSV.
   * `requestId` answers an export-request; null when the user pressed a chart's own button.
   */
  | { readonly type: 'export'; readonly requestId: number | null; readonly kind: ExportKind; readonly fileName: string; readonly data: string }
  /** An export-request that could not be served (no chart yet). */
  | { readonly type: 'export-failed'; readonly requestId: number; readonly message: string };

/**
 * A variant none of whose runs has finished (a live run, or one that was stopped): its
 * `aggregate` in the message is computed by the host from its runs' partial summaries
 * (results.json never does that), and the panel marks it as partial.
 */
export interface ProvisionalVariant {
  readonly experiment: string;
  readonly variant: string;
  /** Simulated time the least advanced of its runs has covered, seconds. */
  readonly simulatedSeconds: number;
}

/** Which panel this is: enough for the host to rebuild it after a restart. */
export interface PanelIdentity {
  readonly key: string;
  readonly title: string;
  /** URI (string) of the results folder holding results.json; null for a live run not yet written. */
  readonly resultsFolder: string | null;
}

/** What the webview saves with `setState` (VS Code hands it to the panel serializer after a restart). */
export interface PanelState {
  readonly panel: PanelIdentity | null;
  /** Per experiment and panel id: the user's axis choice. */
  readonly logarithmic: Readonly<Record<string, boolean>>;
  /** Per experiment: the variant the table compares with. */
  readonly baselines: Readonly<Record<string, string>>;
}

export const EMPTY_STATE: PanelState = { panel: null, logarithmic: {}, baselines: {} };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isKind = (value: unknown): value is ExportKind => value === 'png' || value === 'csv';

export function isPanelIdentity(value: unknown): value is PanelIdentity {
  return isObject(value) && typeof value['key'] === 'string' && typeof value['title'] === 'string' && (value['resultsFolder'] === null || typeof value['resultsFolder'] === 'string');
}

export function isPanelMessage(value: unknown): value is PanelMessage {
  if (!isObject(value)) return false;
  switch (value['type']) {
    case 'ready':
      return true;
    case 'export':
      return (
        (value['requestId'] === null || typeof value['requestId'] === 'number') &&
        isKind(value['kind']) &&
        typeof value['fileName'] === 'string' &&
        typeof value['data'] === 'string'
      );
    case 'export-failed':
      return typeof value['requestId'] === 'number' && typeof value['message'] === 'string';
    default:
      return false;
  }
}

export function isHostMessage(value: unknown): value is HostMessage {
  if (!isObject(value)) return false;
  switch (value['type']) {
    case 'results':
      return (
        isPanelIdentity(value['panel']) &&
        isObject(value['results']) &&
        value['results']['format'] === RESULTS_FORMAT &&
        Array.isArray(value['results']['experiments']) &&
        Array.isArray(value['provisional'])
      );
    case 'export-request':
      return typeof value['requestId'] === 'number' && isKind(value['kind']);
    case 'problem':
      return typeof value['message'] === 'string';
    default:
      return false;
  }
}

/** The saved state, or EMPTY_STATE when it is missing or from another version. */
export function panelStateOf(value: unknown): PanelState {
  if (!isObject(value)) return EMPTY_STATE;
  const records = (v: unknown, type: 'boolean' | 'string') =>
    isObject(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === type)) : {};
  return {
    panel: isPanelIdentity(value['panel']) ? value['panel'] : null,
    logarithmic: records(value['logarithmic'], 'boolean') as Record<string, boolean>,
    baselines: records(value['baselines'], 'string') as Record<string, string>,
  };
}
