/** The portal's model, provided to its pages by `portalIntegration` (see `integration.ts`). */
declare module 'virtual:tongxin/portal' {
	const model: import('./portal-model.ts').PortalModel;
	export default model;
}
