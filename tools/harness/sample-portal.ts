/**
 * The sample portal: 凤翔 (the sample in `content/`) and the generated sample districts of
 * 宝鸡市, each built with its own BASE_PATH like an operator builds them, then the portal over
 * their `dist/` folders. Used by `npm run portal:sample` and the portal's tests.
 */
import path from 'node:path';
import { SAMPLE_DISTRICT_CODES } from '../sample-districts/sample-district.ts';
import { writeSampleDistricts } from '../sample-districts/write-districts.ts';
import { buildSiteInto, PROJECT_ROOT, type BuildResult } from './build-site.ts';

/** The sample district sites, each as `npm run build` wrote it, by its path name. */
export interface SampleDistrictBuilds {
	dists: Record<string, string>;
	builds: BuildResult[];
}

/** Writes the generated districts' content and builds every sample district into `work`. */
export function buildSampleDistricts(work: string): SampleDistrictBuilds {
	const contents = new Map([
		['fengxiang', path.join(PROJECT_ROOT, 'content')],
		...writeSampleDistricts({
			out: path.join(work, 'content'),
			codes: SAMPLE_DISTRICT_CODES,
			contentDir: path.join(PROJECT_ROOT, 'content'),
		}),
	]);
	const dists: Record<string, string> = {};
	const builds: BuildResult[] = [];
	for (const [id, content] of contents) {
		const outDir = path.join(work, 'districts', id);
		const build = buildSiteInto(
			outDir,
			{ CONTENT_DIR: content, BASE_PATH: `/${id}/` },
			path.join(work, 'cache', id),
		);
		builds.push(build);
		if (build.status !== 0) break;
		dists[id] = outDir;
	}
	return { dists, builds };
}
