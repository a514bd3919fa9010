/**
 * file-type is an ES module: loaded on first use (Node's require loads it in the API build; jest needs
 * tools/jest/esm-packages.cjs), so importing this library costs nothing until a file is checked.
 */
let fileTypeModule: Promise<typeof import('file-type')> | undefined;
const loadFileType = () => (fileTypeModule ??= import('file-type'));

/** What an accepted file is: the type it is served with, and whether its whole content must be checked as text. */
export interface AcceptedType {
  contentType: string;
  text: boolean;
  /** Shown in the browser rather than downloaded (PDF and raster images only). */
  inline: boolean;
}

/** Extension → the type file-type must find in the first bytes (its `ext`), and the type we serve. */
const BINARY: Record<string, { sniffed: string; contentType: string; inline?: boolean }> = {
  pdf: { sniffed: 'pdf', contentType: 'application/pdf', inline: true },
  docx: { sniffed: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { sniffed: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { sniffed: 'pptx', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  odt: { sniffed: 'odt', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { sniffed: 'ods', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { sniffed: 'odp', contentType: 'application/vnd.oasis.opendocument.presentation' },
  // Legacy Office files are Compound File Binary containers: the container is what the bytes prove.
  doc: { sniffed: 'cfb', contentType: 'application/msword' },
  xls: { sniffed: 'cfb', contentType: 'application/vnd.ms-excel' },
  ppt: { sniffed: 'cfb', contentType: 'application/vnd.ms-powerpoint' },
  png: { sniffed: 'png', contentType: 'image/png', inline: true },
  jpg: { sniffed: 'jpg', contentType: 'image/jpeg', inline: true },
  jpeg: { sniffed: 'jpg', contentType: 'image/jpeg', inline: true },
  gif: { sniffed: 'gif', contentType: 'image/gif', inline: true },
  webp: { sniffed: 'webp', contentType: 'image/webp', inline: true },
};

const TEXT: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', csv: 'text/csv' };

/** Executables and scripts, refused whatever they are called. */
const EXECUTABLE_MAGIC = [
  [0x4d, 0x5a], // MZ: DOS/Windows PE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O, both byte orders
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal (and Java classes)
  [0x23, 0x21], // #! scripts
];

/** Text that a browser or shell would run rather than show. */
const ACTIVE_TEXT = ['#!', '<html', '<!doctype', '<svg', '<script', '<?xml'];

export function isExecutable(head: Uint8Array): boolean {
  return EXECUTABLE_MAGIC.some((magic) => magic.every((byte, i) => head[i] === byte));
}

/**
 * Decides from the first bytes (at least the first 4 kB, or the whole file if shorter) and the name's
 * extension whether the file is accepted, and as what. The extension must name what the bytes are: a
 * PNG called `.pdf` is refused. Text has no magic number: its start is checked here, and the caller
 * checks the rest with `TextCheck` as it arrives. null: refused.
 */
export async function acceptedType(head: Uint8Array, extension: string): Promise<AcceptedType | null> {
  if (isExecutable(head)) return null;
  const binary = BINARY[extension];
  if (binary) {
    const sniffed = await (await loadFileType()).fileTypeFromBuffer(head);
    return sniffed?.ext === binary.sniffed ? { contentType: binary.contentType, text: false, inline: binary.inline ?? false } : null;
  }
  const text = TEXT[extension];
  if (!text || !isPlainTextStart(head)) return null;
  return { contentType: text, text: true, inline: false };
}

function isPlainTextStart(head: Uint8Array): boolean {
  const start = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })
    .decode(head.subarray(0, 1024))
    .trimStart()
    .toLowerCase();
  return !ACTIVE_TEXT.some((prefix) => start.startsWith(prefix));
}

/** Checks text as it streams past: valid UTF-8 (also across chunk borders), no NUL byte. */
export class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private valid = true;

  push(chunk: Uint8Array): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode(chunk, { stream: true });
      this.valid = !chunk.includes(0);
    } catch {
      this.valid = false;
    }
    return this.valid;
  }

  /** At the end: no sequence left unfinished. */
  end(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
