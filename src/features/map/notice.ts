import type { MapSettings } from './map-settings-schema.ts';

/**
 * What a map must say about itself under China's map rules: a map with a reviewed boundary shows
 * its review number (审图号); any other map is a schematic (示意图) and says so.
 */
export function mapNotice(settings: Pick<MapSettings, 'boundary'>): {
	schematic: boolean;
	text: string;
} {
	const reviewNumber = settings.boundary?.reviewNumber;
	return reviewNumber
		? { schematic: false, text: `审图号：${reviewNumber}` }
		: {
				schematic: true,
				text: settings.boundary
					? '示意图：边界仅供参考，不作为权属争议依据'
					: '示意图：外框仅示意站点分布范围，不表示行政区域界线',
			};
}
