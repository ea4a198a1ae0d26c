import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../core/settings.ts';

const MODULE_ID = 'virtual:tongxin/settings';
const RESOLVED_ID = `\0${MODULE_ID}`;
/** The project's `src/` folder: bundled code has no source paths to start a worker thread from. */
const sourceFolder = fileURLToPath(new URL('..', import.meta.url));

/**
 * Hands the settings that `astro.config.mjs` parsed to the code Astro runs (the content config,
 * the content door, pages) as the module `virtual:tongxin/settings`, the way Starlight hands its
 * configuration down: parsed once, never read from the environment again. It also adds the
 * routes of the intranet build only (the editors' guide, the 审核台 and the inspection report).
 */
export function settingsModule(settings: Settings): AstroIntegration {
	return {
		name: 'tongxin:settings',
		hooks: {
			'astro:config:setup': ({ updateConfig, injectRoute }) => {
				// Routes for staff exist only in the intranet build: a public build never sees them.
				if (settings.profile === 'intranet') {
					for (const route of ['guide', 'review', 'inspection'])
						injectRoute({
							pattern: `/${route}`,
							entrypoint: new URL(`./routes/${route}.astro`, import.meta.url),
						});
				}
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'tongxin:settings',
								resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
								load: (id) =>
									id === RESOLVED_ID
										? `export default ${JSON.stringify(settings)};\nexport const sourceFolder = ${JSON.stringify(sourceFolder)};`
										: undefined,
							},
						],
					},
				});
			},
		},
	};
}
