/// <reference lib="dom" />
// The results panel's entry (bundled to dist/webview.js): connects the page to VS Code's
// webview API, checks every incoming message, follows theme changes, then says `ready`.

import { isHostMessage, panelStateOf, type PanelMessage, type PanelState } from '../protocol';
import { PanelApp } from './app';
import { currentTheme, watchTheme } from './theme-source';

interface VsCodeApi {
  postMessage(message: PanelMessage): void;
  getState(): unknown;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
const app = new PanelApp(root, panelStateOf(vscode.getState()), currentTheme(), {
  post: (message) => vscode.postMessage(message),
  saveState: (state) => vscode.setState(state),
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isHostMessage(event.data)) return;
  try {
    app.handle(event.data);
    document.getElementById('panel-error')?.remove();
  } catch (error) {
    // Say so on the page rather than leave a half-drawn panel looking complete.
    const text = `The panel could not show these results: ${error instanceof Error ? error.message : String(error)}`;
    const alert = document.getElementById('panel-error') ?? document.body.appendChild(Object.assign(document.createElement('p'), { id: 'panel-error', className: 'notice problem' }));
    alert.setAttribute('role', 'alert');
    alert.textContent = text;
    console.error(error);
  }
});
watchTheme(() => app.setTheme(currentTheme()));
vscode.postMessage({ type: 'ready' });
