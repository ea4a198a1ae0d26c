/**
 * Draws the sample site's pictures: for every entry whose `cover`, `gallery` or `pictures` names an image
 * under `content/images/` that does not exist yet, it renders a simple illustration with sharp.
 * Nothing is fetched; the pictures are abstract (buildings, a seal, the landscape), so they
 * carry no text and their alt text says they are illustrations.
 *
 * Usage: npm run sample:images
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';
import { commandSettings } from './lib/settings.ts';

const PALETTES: Record<string, [string, string, string]> = {
	centers: ['#b71c1c', '#f5e6d3', '#8d6e63'],
	stations: ['#c62828', '#fff3e0', '#6d4c41'],
	bases: ['#ad1457', '#fce4ec', '#5d4037'],
	platforms: ['#d84315', '#fbe9e7', '#4e342e'],
	cases: ['#6a1b9a', '#f3e5f5', '#37474f'],
};

function hash(text: string): number {
	let value = 2166136261;
	for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619);
	return value >>> 0;
}

/** An illustration: sky, hills, a row of buildings and a round seal, varied by the seed. */
export function illustrationSvg(seed: string, palette: [string, string, string]): string {
	const [accent, sky, ground] = palette;
	const random = (() => {
		let state = hash(seed) || 1;
		return () => ((state = Math.imul(state ^ (state >>> 15), 2246822507) >>> 0) % 1000) / 1000;
	})();
	const buildings: string[] = [];
	let x = 60;
	while (x < 1140) {
		const width = 70 + Math.round(random() * 110);
		const height = 120 + Math.round(random() * 220);
		const shade = random() > 0.5 ? accent : ground;
		buildings.push(
			`<rect x="${x}" y="${560 - height}" width="${width}" height="${height}" fill="${shade}" opacity="${(0.55 + random() * 0.4).toFixed(2)}"/>`,
		);
		for (let row = 560 - height + 24; row < 530; row += 44) {
			buildings.push(
				`<rect x="${x + 14}" y="${row}" width="${width - 28}" height="14" fill="${sky}" opacity="0.7"/>`,
			);
		}
		x += width + 18 + Math.round(random() * 30);
	}
	const sealX = 900 + Math.round(random() * 160);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#sky)"/>
<path d="M0 470 Q 300 ${360 + Math.round(random() * 80)} 600 450 T 1200 430 V 675 H 0 Z" fill="${ground}" opacity="0.25"/>
${buildings.join('\n')}
<rect y="560" width="1200" height="115" fill="${ground}" opacity="0.85"/>
<circle cx="${sealX}" cy="140" r="70" fill="none" stroke="${accent}" stroke-width="10"/>
<circle cx="${sealX}" cy="140" r="38" fill="${accent}"/>
</svg>`;
}

function imagePathsOf(data: Record<string, unknown>): string[] {
	const pictures = [
		data['cover'],
		...((data['gallery'] as unknown[] | undefined) ?? []),
		...Object.values((data['pictures'] as Record<string, unknown> | undefined) ?? {}),
	];
	return pictures
		.map((picture) => (picture as { src?: unknown } | undefined)?.src)
		.filter((src): src is string => typeof src === 'string');
}

async function main() {
	const root = commandSettings().contentDir;
	let made = 0;
	for (const collection of Object.keys(PALETTES)) {
		const folder = path.join(root, collection);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder)) {
			if (!/\.mdx?$/.test(name)) continue;
			const entryFile = path.join(folder, name);
			const { data } = matter(readFileSync(entryFile, 'utf8'));
			for (const src of imagePathsOf(data)) {
				const target = path.resolve(folder, src);
				if (existsSync(target)) continue;
				mkdirSync(path.dirname(target), { recursive: true });
				const svg = illustrationSvg(src, PALETTES[collection]!);
				await sharp(Buffer.from(svg)).webp({ quality: 72 }).toFile(target);
				made += 1;
				console.log(`drew ${path.relative(root, target)}`);
			}
		}
	}
	console.log(`${made} picture(s) drawn.`);
}

await main();
