/** `npm run bench:offload`: the service worker that matches what content scripts post over a `runtime.Port`. */
import { answer, type OffloadRequest } from './offload-matching';

// The e2e harness waits for the worker to have written settings before a session starts.
void chrome.storage.sync.set({ settings: {} });

chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener((request: OffloadRequest) => port.postMessage(answer(request)));
});
