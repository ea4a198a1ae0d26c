/**
 * One page of every template of the sample site, for the accessibility suite. A new template is
 * one more line here (a path under the site, without the leading slash).
 */
export interface TemplatePage {
	/** The template, as the page-weight report names it. */
	template: string;
	/** Path of a sample page of it. */
	path: string;
	/** Something on the page that shows it finished drawing (the search page renders results). */
	ready?: { role: 'status'; text: RegExp };
}

export const TEMPLATE_PAGES: TemplatePage[] = [
	{ template: '/', path: '' },
	{ template: '/centers/', path: 'centers/' },
	{ template: '/centers/*/', path: 'centers/liulin/' },
	{ template: '/stations/', path: 'stations/' },
	{ template: '/stations/*/', path: 'stations/tiannan-village/' },
	{ template: '/bases/', path: 'bases/' },
	{ template: '/bases/*/', path: 'bases/secretary-points/' },
	{ template: '/platforms/', path: 'platforms/' },
	{ template: '/platforms/*/', path: 'platforms/tongxin-lecture/' },
	{ template: '/systems/', path: 'systems/' },
	{ template: '/systems/*/', path: 'systems/responsibility-345/' },
	{ template: '/systems/*/*/', path: 'systems/six-haves-four-goods/checklist/' },
	{ template: '/cases/', path: 'cases/' },
	{ template: '/cases/*/', path: 'cases/five-steps-tiannan/' },
	{ template: '/cases/*/*/', path: 'cases/domain/town-village/' },
	{ template: '/towns/', path: 'towns/' },
	{ template: '/towns/*/', path: 'towns/liulin/' },
	{ template: '/domains/', path: 'domains/' },
	{ template: '/domains/*/', path: 'domains/enterprise/' },
	{ template: '/figures/', path: 'figures/' },
	{ template: '/map/', path: 'map/' },
	{
		template: '/search/',
		path: `search/?q=${encodeURIComponent('同心实践站')}`,
		ready: { role: 'status', text: /找到/ },
	},
	{ template: '404.html', path: 'no-such-page/' },
];
