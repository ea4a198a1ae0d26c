declare module 'virtual:tongxin/settings' {
	/** The build's settings, parsed once by `astro.config.mjs` (see `src/core/settings.ts`). */
	const settings: import('../core/settings.ts').Settings;
	export default settings;
	/** The project's `src/` folder on this machine, where worker threads find their modules. */
	export const sourceFolder: string;
}
