/** One server-sent event as the wire carries it: its type, its `id:` line (if any) and its data. */
export interface SseMessage {
  type: string;
  id: string | undefined;
  data: any;
}

/**
 * An open server-sent-events response read message by message, ids included (event-stream.ts reads only
 * types and data): what EventSource would keep as lastEventId is what these tests check.
 */
export interface SseMessages {
  status: number;
  next(predicate: (message: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** Every message until one matches (that one included), in order. */
  until(predicate: (message: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage[]>;
  /** Resolves when the server ends the response. */
  ended(timeoutMs?: number): Promise<void>;
  close(): void;
}

export async function openSseMessages(url: string, headers: Record<string, string> = {}): Promise<SseMessages> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let done = false;

  /** The next complete message, or null once the response has ended. */
  async function read(deadline: number): Promise<SseMessage | null> {
    for (;;) {
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        // Comment-only blocks (": …") are keep-alives, no message.
        if (!/^(event|id|data):/m.test(block)) continue;
        const type = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
        const id = /^id: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        return { type, id, data: data ? JSON.parse(data) : null };
      }
      if (done) return null;
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('No matching event arrived in time.')), Math.max(0, deadline - Date.now())))),
      ]).finally(() => clearTimeout(timer));
      if (chunk.done) done = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  const until: SseMessages['until'] = async (predicate, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    const seen: SseMessage[] = [];
    for (;;) {
      const message = await read(deadline);
      if (!message) throw new Error(`The stream ended after ${JSON.stringify(seen.map((m) => m.type))}.`);
      seen.push(message);
      if (predicate(message)) return seen;
    }
  };
  return {
    status: response.status,
    until,
    next: async (predicate, timeoutMs) => (await until(predicate, timeoutMs)).at(-1)!,
    async ended(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while ((await read(deadline)) !== null);
    },
    close: () => controller.abort(),
  };
}
