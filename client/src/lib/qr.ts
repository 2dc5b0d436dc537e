/**
 * A QR code of `url` as an image source. The encoder is loaded on first use, so only the
 * pages that show a QR code (the wall, the organizer page) carry it.
 */
export async function qrDataUrl(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1 });
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
