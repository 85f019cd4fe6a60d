/** The background's side: parse every request, route it to its handler, answer with a typed response. */
import {
  BackgroundEnvelope,
  type BackgroundMessageType,
  type RequestOf,
  type ResponseOf,
  schemasByType,
} from './protocol';

export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (request: RequestOf<K>) => Promise<ResponseOf<K>>;
};

/**
 * Returns the answer to a raw message, or undefined when it is not ours (so other listeners
 * may answer). A request that fails its schema is rejected with the schema's complaint.
 */
export function dispatch(
  handlers: BackgroundHandlers,
  message: unknown,
): Promise<unknown> | undefined {
  const envelope = BackgroundEnvelope.safeParse(message);
  if (!envelope.success) return undefined;
  const { type, payload } = envelope.data;
  switch (type) {
    case 'tagger/context':
      return handle(type, handlers[type], payload);
    case 'stakeholder/save':
      return handle(type, handlers[type], payload);
    case 'tagger/known':
      return handle(type, handlers[type], payload);
    case 'tagger/invoke':
      return handle(type, handlers[type], payload);
    case 'tagger/marks':
      return handle(type, handlers[type], payload);
    case 'panel/hello':
      return handle(type, handlers[type], payload);
    case 'page/relay':
      return handle(type, handlers[type], payload);
  }
}

async function handle<K extends BackgroundMessageType>(
  type: K,
  handler: (request: RequestOf<K>) => Promise<ResponseOf<K>>,
  payload: unknown,
): Promise<ResponseOf<K>> {
  return handler(schemasByType[type].request.parse(payload));
}
