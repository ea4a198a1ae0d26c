/**
 * QR codes drawn at build time as SVG (the `qrcode` package), so a printed page leads back to its
 * address: a sheet on a wall (制度上墙) is scanned with a phone. No code runs in the browser.
 */
import QRCode from 'qrcode';

/**
 * An SVG QR code of `text`, with its quiet zone (four modules) and an accessible name. Error
 * correction M (15 %) survives a crease or a pin hole in a printed sheet.
 */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
	const name = label
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
	return svg.trim().replace('<svg ', `<svg role="img" aria-label="${name}" `).replace(/\n/g, '');
}
