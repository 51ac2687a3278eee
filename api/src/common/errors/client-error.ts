import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** Parser failures Node detects before any route sees the request, with the status each deserves. */
const PARSER_ERRORS: Record<string, { status: number; error: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, error: 'Request Header Fields Too Large', message: 'The address and headers of the request are too long (at most 16 KB together).' },
  HPE_URI_OVERFLOW: { status: 414, error: 'URI Too Long', message: 'The address of the request is too long.' },
};
const MALFORMED = { status: 400, error: 'Bad Request', message: 'The request is not valid HTTP.' };

/**
 * Node answers a request it cannot parse (headers above its limit, broken HTTP) with a bare status
 * line and no body. Answering in the API's error shape instead keeps every refusal readable by
 * the same client code.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that went away, or a socket already answered, needs nothing more.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const answer = PARSER_ERRORS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ statusCode: answer.status, error: answer.error, message: answer.message, errors: [] });
    socket.end(
      `HTTP/1.1 ${answer.status} ${answer.error}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
