/** The figures of `figures.yaml` checked against what the site's own entries count. */
import { getCollection } from 'astro:content';
import { countedSite, crossCheckFigures, deriveFigures } from './cross-check.ts';
import { taxonomy } from '../../core/content.ts';

/**
 * Every disagreement between a reported figure and the count of the entries. It counts all
 * entries, internal ones included, because the report counts the real sites; only the warning,
 * never the count, reaches the build output.
 */
export async function figureDisagreements() {
	const [centers, stations, bases, figures, baseKinds, scopes] = await Promise.all([
		getCollection('centers'),
		getCollection('stations'),
		getCollection('bases'),
		getCollection('figures'),
		taxonomy('baseKinds'),
		taxonomy('scopes'),
	]);
	const sites = [
		...centers.map(() => countedSite('centers', {})),
		...stations.map((station) => countedSite('stations', { host: station.data.host })),
		...bases.map((base) =>
			countedSite('bases', { kind: base.data.kind, points: base.data.points }),
		),
	];
	return crossCheckFigures(
		figures.map((figure) => figure.data),
		deriveFigures(sites, { baseKinds, scopes }),
	);
}
