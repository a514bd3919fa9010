import { qrDataUrl } from './check-in-qr';

describe('qrDataUrl', () => {
  it('draws the code as an SVG QR code', async () => {
    const url = await qrDataUrl('Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = atob(url.slice('data:image/svg+xml;base64,'.length));
    expect(svg).toContain('<svg');
    expect(svg).toContain('<path');
  });
});
