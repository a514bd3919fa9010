/** What reads QR codes from a video element: stop() ends the reading and releases the camera. */
export interface QrCamera {
  stop(): void;
}

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

const CONSTRAINTS: MediaStreamConstraints = { video: { facingMode: { ideal: 'environment' } }, audio: false };

/**
 * Starts the back camera in `video` and calls `onCode` with what each QR code holds: the browser's own
 * BarcodeDetector where it reads QR codes, else the zxing reader (loaded only then). Throws what
 * getUserMedia throws (NotAllowedError when permission is refused).
 */
export async function startQrCamera(video: HTMLVideoElement, onCode: (text: string) => void, win: Window = window): Promise<QrCamera> {
  const Detector = (win as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector && (await Detector.getSupportedFormats().catch(() => [] as string[])).includes('qr_code')) {
    return startWithDetector(new Detector({ formats: ['qr_code'] }), video, onCode, win);
  }
  const { BrowserQRCodeReader } = await import('@zxing/browser');
  const controls = await new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 }).decodeFromConstraints(
    CONSTRAINTS,
    video,
    (result) => {
      if (result) onCode(result.getText());
    },
  );
  return { stop: () => controls.stop() };
}

async function startWithDetector(
  detector: BarcodeDetectorLike,
  video: HTMLVideoElement,
  onCode: (text: string) => void,
  win: Window,
): Promise<QrCamera> {
  const stream = await win.navigator.mediaDevices.getUserMedia(CONSTRAINTS);
  video.srcObject = stream;
  await video.play();
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    try {
      for (const code of await detector.detect(video)) onCode(code.rawValue);
    } catch {
      // A frame that could not be read: try the next one.
    }
    if (!stopped) win.setTimeout(tick, 150);
  };
  void tick();
  return {
    stop: () => {
      stopped = true;
      stream.getTracks().forEach((track) => track.stop());
      video.srcObject = null;
    },
  };
}
