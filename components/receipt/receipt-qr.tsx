import QRCode from "qrcode";

/**
 * The verification URL as a QR code, drawn on the server as SVG (no network, no canvas): sharp on a
 * thermal printer at any size. Level M survives a creased or smudged slip.
 */
export async function ReceiptQr({ url, label }: { url: string; label: string }) {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return (
    <div
      role="img"
      aria-label={label}
      data-testid="receipt-qr"
      data-url={url}
      className="mx-auto w-[34mm] [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
