/** An open server-sent-events response, read event by event. */
export interface EventStream {
  status: number;
  next(predicate: (event: { type: string; data: unknown }) => boolean, timeoutMs?: number): Promise<{ type: string; data: any }>;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    status: response.status,
    async next(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          const event = { type, data: data ? JSON.parse(data) : null };
          if (predicate(event)) return event;
        }
        if (Date.now() > deadline) throw new Error('No matching event arrived in time.');
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('No matching event arrived in time.')), deadline - Date.now())),
        ]);
        if (chunk.done) throw new Error('The stream ended.');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}
