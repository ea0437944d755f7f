/** `npm run bench:offload`: the dedicated worker that matches what its content script posts. */
import { answer, type OffloadRequest } from './offload-matching';

self.onmessage = ({ data }: MessageEvent<OffloadRequest>) => {
  const reply = answer(data);
  // Structured clone copies a typed array in one block; the content script reads it the same way.
  self.postMessage({ ...reply, spans: Int32Array.from(reply.spans) });
};
