/** What the site says about one of its sections. */
interface Section {
	/** URL folder. */
	path: string;
	/** 栏目类型 for the government meta tags (ColumnType). */
	columnType: string;
	label: string;
	/** Name in the main menu. */
	shortLabel: string;
	/** The line under the list page's title. */
	intro: string;
}

/** The site's sections: URL folder, Chinese names, and the line under each list page's title. */
export const sections = {
	centers: {
		path: 'centers',
		columnType: '阵地建设',
		label: '同心实践中心',
		shortLabel: '实践中心',
		intro: '镇和园区一级的统战工作阵地，每个中心执行 8 项运行制度。',
	},
	stations: {
		path: 'stations',
		columnType: '阵地建设',
		label: '同心实践站',
		shortLabel: '实践站',
		intro: '建在村（社区）、企业、学校和医院的示范实践站，每个站执行 7 项制度。',
	},
	bases: {
		path: 'bases',
		columnType: '阵地建设',
		label: '示范基地',
		shortLabel: '示范基地',
		intro: '省、市、区各级命名的统战工作示范基地、示范项目和示范场所。',
	},
	platforms: {
		path: 'platforms',
		columnType: '阵地建设',
		label: '品牌阵地',
		shortLabel: '品牌阵地',
		intro: '“一领域一品牌、一镇区一亮点、一单位一特色”的统战工作品牌。',
	},
	systems: {
		path: 'systems',
		columnType: '政策文件',
		label: '工作制度',
		shortLabel: '工作制度',
		intro: '责任体系、工作机制、建设标准和阵地运行制度的模板，可打印、可下载后修改使用。',
	},
	cases: {
		path: 'cases',
		columnType: '工作动态',
		label: '案例故事',
		shortLabel: '案例',
		intro: '基层统战工作的实践案例。',
	},
	towns: {
		path: 'towns',
		columnType: '阵地建设',
		label: '镇（园区）',
		shortLabel: '镇区',
		intro: '按镇和园区查看各自的实践中心、实践站和示范基地。',
	},
	domains: {
		path: 'domains',
		columnType: '阵地建设',
		label: '工作领域',
		shortLabel: '领域',
		intro: '按工作领域查看站点、品牌阵地和案例。',
	},
	map: {
		path: 'map',
		columnType: '阵地建设',
		label: '站点地图',
		shortLabel: '地图',
		intro: '全区同心实践中心、实践站和示范基地的分布，按镇（园区）汇总，并附文字列表和开放数据。',
	},
	figures: {
		path: 'figures',
		columnType: '数据发布',
		label: '数据',
		shortLabel: '数据',
		intro: '基层统战工作的主要数字，每项注明来源和统计时间。',
	},
} as const satisfies Record<string, Section>;

export type SectionKey = keyof typeof sections;

/** The three collections that describe places; they share one list and one detail template. */
export const placeCollections = ['centers', 'stations', 'bases'] as const;
export type PlaceCollection = (typeof placeCollections)[number];

/**
 * The collections whose entries each have a page of their own, in menu order: what an editor
 * scaffolds with `npm run new` and the sections (栏目) the inspection counts.
 */
export const entrySections = [...placeCollections, 'platforms', 'systems', 'cases'] as const;
export type EntrySection = (typeof entrySections)[number];
