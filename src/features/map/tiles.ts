import type { MapFrame } from './projection.ts';

/** One basemap tile placed in the frame, in SVG units. */
export interface PlacedTile {
	href: string;
	x: number;
	y: number;
	size: number;
}

/**
 * The Web Mercator tiles (z/x/y, as 天地图 `_w` layers and most tile servers serve them) that
 * cover the frame, placed at build time so the page needs no map library. `pixelRatio` picks a
 * zoom sharp enough for high-density screens and the page's own zoom.
 */
export function tilesFor(
	frame: MapFrame,
	template: string,
	{ pixelRatio = 2, maxZoom = 18 }: { pixelRatio?: number; maxZoom?: number } = {},
): PlacedTile[] {
	const scale = frame.projection.scale();
	const [translateX, translateY] = frame.projection.translate();
	const world = 2 * Math.PI * scale;
	const zoom = Math.max(0, Math.min(maxZoom, Math.round(Math.log2((world * pixelRatio) / 256))));
	const count = 2 ** zoom;
	const size = world / count;
	// d3's Mercator puts longitude 0, latitude 0 at the translate point; the tile grid starts
	// half a world to the left and above.
	const originX = translateX - world / 2;
	const originY = translateY - world / 2;
	const first = (start: number) => Math.max(0, Math.floor(-start / size));
	const last = (start: number, extent: number) =>
		Math.min(count - 1, Math.floor((extent - start) / size));
	const tiles: PlacedTile[] = [];
	for (let row = first(originY); row <= last(originY, frame.height); row += 1) {
		for (let column = first(originX); column <= last(originX, frame.width); column += 1) {
			tiles.push({
				href: template
					.replaceAll('{z}', String(zoom))
					.replaceAll('{x}', String(column))
					.replaceAll('{y}', String(row)),
				x: Math.round((originX + column * size) * 100) / 100,
				y: Math.round((originY + row * size) * 100) / 100,
				size: Math.round(size * 100) / 100,
			});
		}
	}
	return tiles;
}
