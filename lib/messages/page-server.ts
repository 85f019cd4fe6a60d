/** The page script's side of the frame protocol: answer the frame of the panel now open. */
import {
  PageEnvelope,
  type PageRequestOf,
  type PageRequestType,
  type PageResponseOf,
  pageSchemasByType,
} from './frame';

export type PageHandlers = {
  [K in PageRequestType]?: (request: PageRequestOf<K>) => Promise<PageResponseOf<K>>;
};

/**
 * The answer to a raw message, or undefined when it is not for these handlers: another type
 * (another script in the page answers it), or another opening of the panel than `token`.
 */
export function answerFrame(
  handlers: PageHandlers,
  token: string | undefined,
  message: unknown,
): Promise<unknown> | undefined {
  const envelope = PageEnvelope.safeParse(message);
  if (!envelope.success || token === undefined || envelope.data.token !== token) return undefined;
  const { type, payload } = envelope.data;
  switch (type) {
    case 'page/info':
      return handle(type, handlers[type], payload);
    case 'page/findings':
      return handle(type, handlers[type], payload);
    case 'page/chips':
      return handle(type, handlers[type], payload);
    case 'page/size':
      return handle(type, handlers[type], payload);
    case 'page/close':
      return handle(type, handlers[type], payload);
  }
}

function handle<K extends PageRequestType>(
  type: K,
  handler: ((request: PageRequestOf<K>) => Promise<PageResponseOf<K>>) | undefined,
  payload: unknown,
): Promise<PageResponseOf<K>> | undefined {
  const request = pageSchemasByType[type].request.safeParse(payload);
  return handler && request.success ? handler(request.data) : undefined;
}
