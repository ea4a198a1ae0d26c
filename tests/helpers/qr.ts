/** Reading QR codes in tests: a picture's pixels through jsQR. */
import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text of the QR code in a picture (PNG or SVG bytes, or a file), or undefined if none. */
export async function readQrCode(input: Buffer | string): Promise<string | undefined> {
	const { data, info } = await sharp(input)
		.flatten({ background: '#fff' })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	const code = jsQR(
		new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
		info.width,
		info.height,
	);
	return code?.data;
}
