/** Reads the district's published content for its `data/summary.json` (see `district-summary.ts`). */
import { published, siteConfig, taxonomy } from '../../core/content.ts';
import { labelOf } from '../../core/entries.ts';
import { regionsById, towns } from '../regions/region-data.ts';
import { absoluteLink } from '../../core/links.ts';
import { caseIndex } from '../cases/case-data.ts';
import { toWgs84 } from '../../core/coordinates.ts';
import { districtSummary } from './district-summary.ts';
import type { DistrictSummary } from './summary-schema.ts';

export async function summaryOfThisDistrict(): Promise<DistrictSummary> {
	const [config, regions, townList, figures, centers, stations, bases, platforms, systems, index] =
		await Promise.all([
			siteConfig(),
			regionsById(),
			towns(),
			published('figures'),
			published('centers'),
			published('stations'),
			published('bases'),
			published('platforms'),
			published('systems'),
			caseIndex(),
		]);
	const domains = await taxonomy('domains');
	const district = regions.get(config.district.id);
	return districtSummary({
		site: {
			title: config.title,
			description: config.description,
			organisation: config.organisation,
			sample: config.sampleNotice !== false,
		},
		district: {
			id: config.district.id,
			code: district?.code,
			name: district?.name ?? config.title,
			shortName: district?.shortName,
		},
		seats: townList.flatMap((town) => (town.seat ? [toWgs84(town.seat)] : [])),
		counts: {
			centers: centers.length,
			stations: stations.length,
			bases: bases.length,
			platforms: platforms.length,
			systems: systems.length,
			cases: index.stories.length,
			towns: townList.length,
		},
		figures: figures.map((figure) => figure.data),
		cases: index.stories.map((story) => ({
			id: story.id,
			title: story.data.title,
			date: story.data.date,
			summary: story.data.summary,
			sample: story.data.sample,
			domains: story.data.domains.map((domain) => labelOf(domains, domain)),
			towns: index.factsOf(story).towns.map((id) => regions.get(id)?.name ?? id),
		})),
		absolute: absoluteLink,
	});
}
