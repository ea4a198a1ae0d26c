import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../../src/core/qr-code.ts';
import { readQrCode } from '../../helpers/qr.ts';

describe('qrCodeSvg', () => {
	const url = 'https://tongzhan.example.gov.cn/fengxiang/stations/tiannan-village/';

	it('draws an SVG that a reader decodes back to the address', async () => {
		const svg = await qrCodeSvg(url, '本页网址的二维码');
		const png = await sharp(Buffer.from(svg), { density: 300 }).png().toBuffer();
		await expect(readQrCode(png)).resolves.toBe(url);
	});

	it('names itself for screen readers and holds no script or outside reference', async () => {
		const svg = await qrCodeSvg(url, '本页网址的二维码 <“&”>');
		expect(svg).toMatch(/^<svg role="img" aria-label="本页网址的二维码 &lt;“&amp;”&gt;" /);
		expect(svg).not.toMatch(/<script|href=|\n/);
	});
});
