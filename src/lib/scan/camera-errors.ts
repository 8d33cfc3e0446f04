/**
 * Why the camera could not be used, from what the browser says (the DOMException's name from
 * getUserMedia, or what is missing). The scanner shows a Swedish sentence for each reason
 * (src/ui/strings-scan.ts); this file only decides which one. Pure, no DOM.
 */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'noCamera' | 'busy' | 'failed';

/** What is missing before the camera is even asked for, or undefined when it can be asked. */
export function cameraPrecheck(env: { isSecureContext: boolean; hasGetUserMedia: boolean }): CameraProblem | undefined {
  // Browsers hide navigator.mediaDevices on pages that are not secure, so check that first: it
  // is the reason the reader can do something about.
  if (!env.isSecureContext) return 'insecure';
  if (!env.hasGetUserMedia) return 'unsupported';
  return undefined;
}

/** The reason behind an error from getUserMedia. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'noCamera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
