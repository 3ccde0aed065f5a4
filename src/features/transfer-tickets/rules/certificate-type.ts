/**
 * What a bank's certificate is, read from its first bytes, never from its name or the type the
 * browser claims: an HTML page renamed `.pdf` is refused here. Three formats, three signatures:
 *  - PDF: `%PDF-` (ISO 32000-1 §7.5.2, the file header);
 *  - PNG: 89 50 4E 47 0D 0A 1A 0A (PNG specification §5.2, the signature);
 *  - JPEG: FF D8 FF (the SOI marker followed by the first segment's marker, ITU T.81 Annex B).
 * A library such as `file-type` knows hundreds of formats we would refuse anyway, and for these
 * three checks the same bytes.
 */
export type CertificateType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SIGNATURES: ReadonlyArray<{ type: CertificateType; extension: string; bytes: readonly number[] }> = [
  { type: 'application/pdf', extension: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', extension: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
];

/** The certificate's type by its content, or undefined when it is none of the three. */
export function certificateType(content: Uint8Array): CertificateType | undefined {
  return SIGNATURES.find(({ bytes }) => content.length >= bytes.length && bytes.every((byte, index) => content[index] === byte))?.type;
}

/** The file name support's download gets: our id and the extension of the real type. */
export function certificateFileName(ticketId: string, type: string): string {
  return `certificate-${ticketId}.${SIGNATURES.find((signature) => signature.type === type)?.extension ?? 'bin'}`;
}
