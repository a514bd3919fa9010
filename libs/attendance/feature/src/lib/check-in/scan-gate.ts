/**
 * A camera reads the same QR code many times a second: a code is let through once, then not again
 * until `quietMs` have passed without it (a person scanning twice on purpose waits a moment).
 */
export class ScanGate {
  private last: { code: string; at: number } | null = null;

  constructor(private readonly quietMs = 4000) {}

  accept(raw: string, now: number): string | null {
    const code = raw.trim();
    if (!code) return null;
    const repeat = this.last?.code === code && now - this.last.at < this.quietMs;
    this.last = { code, at: now };
    return repeat ? null : code;
  }
}

export type CameraProblem = 'denied' | 'no-camera' | 'unsupported' | 'failed';

/** Why the camera could not start, from the error getUserMedia (or the scanner) threw. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'no-camera';
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported';
  return 'failed';
}
