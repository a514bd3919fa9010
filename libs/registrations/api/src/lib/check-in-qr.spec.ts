import { checkInMailPart } from './check-in-qr';

describe('checkInMailPart', () => {
  it('gives the code and a PNG of its QR code in base64', async () => {
    const code = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';
    const part = await checkInMailPart(code);
    expect(part.code).toBe(code);
    const png = Buffer.from(part.qrPng, 'base64');
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.readUInt32BE(16)).toBe(320);
  });
});
