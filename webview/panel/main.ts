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
  if (isHostMessage(event.data)) app.handle(event.data);
});
watchTheme(() => app.setTheme(currentTheme()));
vscode.postMessage({ type: 'ready' });
