import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** POSTs a JSON body and resolves with the status code; rejects on a network error or when no
 * answer came within `timeoutMs`. */
export function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(target, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers }, timeout: timeoutMs }, (response) => {
      response.resume(); // the receiver's answer body says nothing we use
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
