/** What the home page reads, loaded once per build. */
import { published, siteConfig, taxonomy } from '../core/content.ts';
import { towns } from '../features/regions/region-data.ts';
import { homePage } from './home-page.ts';

export async function homePageData() {
	const [config, figures, centers, stations, bases, platforms, systems, cases, domains, townList] =
		await Promise.all([
			siteConfig(),
			published('figures'),
			published('centers'),
			published('stations'),
			published('bases'),
			published('platforms'),
			published('systems'),
			published('cases'),
			taxonomy('domains'),
			towns(),
		]);
	return {
		config,
		domains: [...domains.values()],
		towns: townList,
		...homePage({ figures, centers, stations, bases, platforms, systems, cases }),
	};
}
