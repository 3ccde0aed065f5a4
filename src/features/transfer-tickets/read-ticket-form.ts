import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError } from '../../errors.js';

/** The certificate's largest size: 5 MB (MiB), enforced while the bytes arrive. */
export const CERTIFICATE_MAX_BYTES = 5 * 1024 * 1024;

// The form is five text fields and one file: anything beyond is refused as soon as it is met, so
// thousands of parts cost a few comparisons and store nothing. A text field holds at most a note
// of 1000 characters (up to 4 bytes each in UTF-8).
const MAX_FIELDS = 5;
const MAX_PARTS = 6;
const MAX_FIELD_BYTES = 4 * 1024;
const MAX_FIELD_NAME_BYTES = 40;
// Multipart framing (boundaries, part headers) around a full-size file and its fields.
const FRAMING_BYTES = 64 * 1024;
// After a refusal the rest of the body is read and thrown away (so the answer reaches a client
// that is still sending), but only this much: a client that keeps sending is cut off.
const DRAIN_MAX_BYTES = CERTIFICATE_MAX_BYTES + FRAMING_BYTES;

export interface TicketForm {
  fields: Record<string, string>;
  certificate?: Buffer;
}

const tooLarge = (detail: string, field?: string) =>
  new AppError('payload_too_large', detail, { ...(field ? { errors: [{ field, message: detail }] } : {}) });

const FORM_SHAPE = 'Send multipart/form-data with the fields amount, currency, reference, paid_on, note (optional) and one file named certificate.';

/**
 * Reads a transfer ticket's multipart/form-data body as it streams in (busboy), holding at most
 * the 5 MB certificate and five short fields in memory. Whatever breaks a limit (a larger file,
 * a sixth field, a second file, thousands of parts) rejects the whole form before anything is
 * stored, with 413 `payload_too_large`; a body that is not a form is 415 or 400.
 */
export function readTicketForm(req: IncomingMessage): Promise<TicketForm> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > CERTIFICATE_MAX_BYTES + FRAMING_BYTES) {
    // Refused before reading; the connection closes rather than receive what was announced.
    return Promise.reject(new AppError('payload_too_large', 'The certificate must be at most 5 MB.', { headers: { Connection: 'close' } }));
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      // busboy signals a size or part count on *reaching* its limit (a file of exactly the limit
      // would read as truncated): one more than ours, so its signal means "more than we take".
      limits: { fields: MAX_FIELDS, files: 1, parts: MAX_PARTS + 1, fieldSize: MAX_FIELD_BYTES + 1, fieldNameSize: MAX_FIELD_NAME_BYTES + 1, fileSize: CERTIFICATE_MAX_BYTES + 1, headerPairs: 20 },
    });
  } catch {
    return Promise.reject(new AppError('unsupported_media_type', `A transfer ticket is a form with its certificate. ${FORM_SHAPE}`));
  }

  return new Promise<TicketForm>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let certificate: Buffer | undefined;
    let settled = false;

    const refuse = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      let drained = 0;
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_MAX_BYTES) req.destroy();
      });
      const answer = () => reject(error);
      if (req.readableEnded || req.destroyed) answer();
      else {
        req.once('end', answer);
        req.once('close', answer);
        req.resume();
      }
    };

    parser.on('field', (name, value, info) => {
      if (info.nameTruncated) return refuse(tooLarge(`A field name is longer than ${MAX_FIELD_NAME_BYTES} bytes. ${FORM_SHAPE}`));
      if (info.valueTruncated) return refuse(tooLarge(`${name} is longer than this form takes (${MAX_FIELD_BYTES} bytes).`, name));
      if (name === 'certificate') return refuse(new AppError('invalid_certificate', 'certificate must be sent as a file (a PDF, PNG or JPEG of the bank’s certificate), not as text.', { errors: [{ field: 'certificate', message: 'must be a file' }] }));
      if (Object.hasOwn(fields, name)) return refuse(new AppError('validation_failed', `${name} was sent twice; send each field once.`, { errors: [{ field: name, message: 'was sent twice' }] }));
      fields[name] = value;
    });
    parser.on('file', (name, stream) => {
      if (name !== 'certificate') {
        stream.resume();
        return refuse(new AppError('validation_failed', `The only file this form takes is certificate; ${name} is not a known field.`, { errors: [{ field: name, message: 'is not a known field' }] }));
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => refuse(tooLarge('The certificate is larger than 5 MB: send a smaller scan or the bank’s PDF.', 'certificate')));
      stream.on('end', () => {
        if (!stream.truncated) certificate = Buffer.concat(chunks);
      });
    });
    const tooManyParts = () => refuse(tooLarge(`The form has more parts than a ticket has (at most ${MAX_FIELDS} text fields and one file). ${FORM_SHAPE}`));
    parser.on('partsLimit', tooManyParts);
    parser.on('fieldsLimit', tooManyParts);
    parser.on('filesLimit', tooManyParts);
    parser.on('error', () => refuse(new AppError('invalid_request', `The form could not be read (it ends early or its parts are malformed). ${FORM_SHAPE}`, { status: 400 })));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      resolve({ fields, ...(certificate ? { certificate } : {}) });
    });
    // A client that goes away mid-upload: nothing is stored, and the handler does not wait for ever.
    req.once('close', () => {
      if (!req.complete) refuse(new AppError('invalid_request', 'The upload was interrupted before the form ended; send it again.', { status: 400 }));
    });
    req.pipe(parser);
  });
}
