/**
 * Sends and receives the messages of messages.ts through the browser's
 * runtime: every request is checked against its route's schema before a
 * handler sees it, and every answer before a caller does.
 */
import * as v from 'valibot';
import { browser, type Runtime } from '../shared/browser';
import {
  TAB_REQUESTS,
  WORKER_REQUESTS,
  routeOf,
  type FieldsOf,
  type ReplyOf,
  type RequestOf,
  type Routes,
  type TabRequests,
  type WorkerRequests,
} from './messages';

/**
 * Asks the worker. Rejects when no worker answers, when this script's
 * extension is gone (updated, reloaded or removed), or when the answer is not
 * of the route's shape.
 */
export async function askWorker<K extends keyof WorkerRequests>(type: K, fields: FieldsOf<WorkerRequests, K>): Promise<ReplyOf<WorkerRequests, K>> {
  // Inside the async function: an orphaned script's runtime throws rather than rejects.
  const reply: unknown = await browser.runtime.sendMessage({ ...fields, type });
  return v.parse(WORKER_REQUESTS[type].reply, reply);
}

/** Asks a tab's top frame, which alone speaks for the page. Rejects when no content script answers there. */
export async function askTopFrame<K extends keyof TabRequests>(
  tabId: number,
  type: K,
  fields: FieldsOf<TabRequests, K>,
): Promise<ReplyOf<TabRequests, K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { ...fields, type }, { frameId: 0 });
  return v.parse(TAB_REQUESTS[type].reply, reply);
}

/** One handler per request type; `undefined` leaves the request unanswered (another frame or context may answer). */
export type Handlers<R extends Routes<R>> = {
  [K in keyof R]: (request: RequestOf<R, K>, sender: Runtime.MessageSender) => ReplyOf<R, K> | Promise<ReplyOf<R, K>> | undefined;
};

/** The worker's requests, answered by `handlers`. */
export function answerWorkerRequests(handlers: Handlers<WorkerRequests>): void {
  listen(WORKER_REQUESTS, handlers);
}

/** A content script's requests, answered by `handlers`; returns what stops listening. */
export function answerTabRequests(handlers: Handlers<TabRequests>): () => void {
  return listen(TAB_REQUESTS, handlers);
}

function listen<R extends Routes<R>>(routes: R, handlers: Handlers<R>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    const type = routeOf(routes, message);
    return type === undefined ? undefined : answer(routes, handlers, type, message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function answer<R extends Routes<R>, K extends keyof R>(
  routes: R,
  handlers: Handlers<R>,
  type: K,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<ReplyOf<R, K>> | undefined {
  const request = v.safeParse(routes[type].request, message);
  if (!request.success) return undefined;
  const reply = handlers[type](request.output, sender);
  return reply === undefined ? undefined : Promise.resolve(reply);
}
