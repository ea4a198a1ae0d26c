import type { AstroIntegration } from 'astro';
import type { PortalModel } from './portal-model.ts';

/** The module the portal's pages import their model from (typed in `portal-module.d.ts`). */
export const PORTAL_MODULE = 'virtual:tongxin/portal';

/**
 * Hands the portal's model, assembled by `npm run portal` before Astro starts, to the portal's
 * pages as a module: the pages read no files and no settings themselves.
 */
export function portalIntegration(model: PortalModel): AstroIntegration {
	const resolved = `\0${PORTAL_MODULE}`;
	return {
		name: 'tongxin-portal',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'tongxin-portal-model',
								resolveId: (id) => (id === PORTAL_MODULE ? resolved : undefined),
								load: (id) =>
									id === resolved ? `export default ${JSON.stringify(model)};` : undefined,
							},
						],
					},
				});
			},
		},
	};
}
