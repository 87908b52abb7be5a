/**
 * A class's invite link as a QR code, drawn on the server as SVG (qrcode, no network): a phone's
 * camera opens the link and the join form arrives filled in. Returned as a data: URL for an <img>,
 * so no markup from the library is ever put into the page's own HTML.
 */
import QRCode from "qrcode";

export const inviteUrl = (origin: string, joinCode: string) => `${origin}/classes?code=${encodeURIComponent(joinCode)}`;

export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
