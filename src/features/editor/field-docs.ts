import type { EntryKind } from './kinds.ts';

/**
 * What an editor needs to know about one field, in Chinese. The same words serve the scaffold's
 * comments (`npm run new`), the ledger column headers (`npm run import`/`export`) and the field
 * tables of the editor's guide, so a field is explained once.
 */
export interface FieldDoc {
	/** Field path as written in the front matter: `name`, `coordinates.lng`, `points[].name`. */
	path: string;
	/** Short Chinese name; for the kinds kept in ledgers, also the column header. */
	label: string;
	/** What goes there. */
	help: string;
	/** An example value, written as it appears in the front matter. */
	example: string;
}

type Docs = Record<string, Omit<FieldDoc, 'path'>>;

const entryDocs: Docs = {
	slug: {
		label: '网址名',
		help: '网页地址里的名字，只用小写拼音或英文、数字和连字符，同类条目里不能重复；`npm run new` 会按名称的拼音自动生成',
		example: 'chengguan-zhen',
	},
	visibility: {
		label: '公开范围',
		help: 'public（公开，默认）或 internal（内部，只出现在内网版）',
		example: 'public',
	},
	sample: {
		label: '示例数据',
		help: '条目里有为示例编造的内容（地址、图片等）时写 true，网站会标明“示例”',
		example: 'false',
	},
	updated: { label: '核对日期', help: '编辑最近一次核对这条内容的日期', example: '2024-04-23' },
	internalNotes: {
		label: '内部备注',
		help: '写给工作人员看的备注，只出现在内网版',
		example: '门牌待核实',
	},
};

const pictureDocs = (field: string, what: string): Docs => ({
	[field]: {
		label: what,
		help: '图片文件和文字说明',
		example: '{ src: ../images/centers/chengguan.webp, alt: 中心外景 }',
	},
	[`${field}.src`]: {
		label: `${what}文件`,
		help: '图片文件的路径，从条目文件所在的文件夹算起，图片放在 content/images/<类别>/ 下',
		example: '../images/centers/chengguan.webp',
	},
	[`${field}.alt`]: {
		label: `${what}说明`,
		help: '用一句话说明图片里有什么，给看不到图片的读者（读屏软件会朗读）',
		example: '城关镇同心实践中心外景',
	},
	[`${field}.caption`]: {
		label: `${what}图注`,
		help: '显示在图片下方的文字（选填）',
		example: '2023 年 6 月摄',
	},
	[`${field}.decorative`]: {
		label: `${what}为装饰图`,
		help: '纯装饰、不传达信息的图片写 true，这时可以不写说明',
		example: 'false',
	},
});

const summaryDoc: Docs = {
	summary: {
		label: '简介',
		help: '一两句话，显示在卡片和搜索结果里，不超过 200 字',
		example: '区政府驻地镇的统战阵地，联系城区各社区实践站。',
	},
};

const domainsDoc: Docs = {
	domains: {
		label: '领域',
		help: '所属工作领域，至少一个；写 taxonomies/domains.yaml 里的编号（台账里也可以写中文名称）',
		example: '[town-village, private-economy]',
	},
};

const siteDocs: Docs = {
	name: { label: '名称', help: '完整的中文名称', example: '城关镇同心实践中心' },
	region: {
		label: '所属区域',
		help: '所在的镇、园区或村（社区）：regions/regions.yaml 里的编号（台账里也可以写中文名称）',
		example: 'chengguan',
	},
	...domainsDoc,
	level: {
		label: '级别',
		help: 'taxonomies/levels.yaml 里的编号：province 省级、city 市级、district 区级、town 镇级、village 村级',
		example: 'town',
	},
	established: {
		label: '建立日期',
		help: '建成或挂牌的日期，格式 YYYY-MM-DD',
		example: '2022-06-18',
	},
	address: { label: '地址', help: '给访客看的街道地址', example: '凤翔区城关镇东大街 1 号' },
	coordinates: {
		label: '坐标',
		help: '在地图上的位置',
		example: '{ lng: 107.3925, lat: 34.5218, crs: cgcs2000 }',
	},
	'coordinates.lng': { label: '经度', help: '东经度数，最多 6 位小数', example: '107.3925' },
	'coordinates.lat': { label: '纬度', help: '北纬度数，最多 6 位小数', example: '34.5218' },
	'coordinates.crs': {
		label: '坐标系',
		help: '坐标从哪里取得：cgcs2000（默认，天地图）、wgs84（GPS）、gcj02（高德、腾讯地图）、bd09（百度地图）',
		example: 'gcj02',
	},
	'coordinates.approximate': {
		label: '坐标为近似',
		help: '坐标只是大致位置时写 true',
		example: 'false',
	},
	openingHours: { label: '开放时间', help: '访客看到的开放时间', example: '周一至周五 9:00—17:00' },
	...pictureDocs('cover', '封面图'),
	gallery: {
		label: '图集',
		help: '更多图片，每张一项，写法同封面图',
		example: '[{ src: ../images/centers/chengguan-2.webp, alt: 活动现场 }]',
	},
	'gallery[].src': {
		label: '图集图片文件',
		help: '图片文件的路径',
		example: '../images/centers/chengguan-2.webp',
	},
	'gallery[].alt': { label: '图集图片说明', help: '图片里有什么', example: '议事协商活动现场' },
	'gallery[].caption': {
		label: '图集图注',
		help: '显示在图片下方的文字（选填）',
		example: '2023 年 9 月',
	},
	'gallery[].decorative': { label: '图集装饰图', help: '纯装饰图片写 true', example: 'false' },
	systems: {
		label: '执行制度',
		help: '执行的工作制度：content/systems/ 里文件的网址名（台账里也可以写制度标题）',
		example: '[center-study-training, five-in-one]',
	},
	platforms: {
		label: '品牌阵地',
		help: '在这里开展的品牌阵地：content/platforms/ 里的网址名（台账里也可以写阵地名称）',
		example: '[tongxin-lecture]',
	},
	...summaryDoc,
	contacts: {
		label: '联系人',
		help: '联系人，只出现在内网版；每人写职务、姓名和电话',
		example: '[{ role: 统战委员, name: 张三, phone: 0917-0000000 }]',
	},
	'contacts[].role': { label: '联系人职务', help: '职务，例如 统战委员', example: '统战委员' },
	'contacts[].name': { label: '联系人姓名', help: '姓名', example: '张三' },
	'contacts[].phone': { label: '联系人电话', help: '办公电话（选填）', example: '0917-0000000' },
};

const docsByKind: Record<EntryKind, Docs> = {
	centers: {
		...entryDocs,
		...siteDocs,
		area: { label: '面积', help: '阵地面积，单位平方米，只写数字', example: '420' },
	},
	stations: {
		...entryDocs,
		...siteDocs,
		name: { label: '名称', help: '完整的中文名称', example: '田南村同心实践站' },
		host: {
			label: '承建单位类型',
			help: '由什么单位承建：taxonomies/scopes.yaml 里的编号（台账里也可以写名称），例如 village 村（社区）、enterprise 企业、school 学校、hospital 医院',
			example: 'village',
		},
		center: {
			label: '指导中心',
			help: '指导这个站的同心实践中心：content/centers/ 里的网址名（台账里也可以写中心名称）',
			example: 'tianjiazhuang',
		},
	},
	bases: {
		...entryDocs,
		...siteDocs,
		name: { label: '名称', help: '完整的中文名称', example: '柳林镇“村企互联共建”实验项目' },
		kind: {
			label: '基地类别',
			help: 'taxonomies/base-kinds.yaml 里的编号（台账里也可以写名称），例如 religion-sinicization-site 宗教中国化示范场所',
			example: 'village-enterprise-project',
		},
		designatedBy: {
			label: '命名单位',
			help: '命名或授牌的机关',
			example: '中共宝鸡市委统战部',
		},
		points: {
			label: '示范点',
			help: '一个条目代表一组示范点时，列出每个点的名称和所在区域',
			example: '[{ name: 区委书记统战示范点, region: fengxiang }]',
		},
		'points[].name': { label: '示范点名称', help: '示范点的名称', example: '区委书记统战示范点' },
		'points[].region': {
			label: '示范点所在区域',
			help: 'regions/regions.yaml 里的编号（台账里也可以写名称）',
			example: 'fengxiang',
		},
	},
	platforms: {
		...entryDocs,
		name: { label: '名称', help: '品牌阵地的名称', example: '同心讲堂' },
		...domainsDoc,
		scopes: {
			label: '开展范围',
			help: '在哪些地方开展：taxonomies/scopes.yaml 里的编号，例如 town、enterprise',
			example: '[town, enterprise]',
		},
		...summaryDoc,
		...pictureDocs('cover', '封面图'),
	},
	systems: {
		...entryDocs,
		title: { label: '标题', help: '制度模板的标题', example: '同心实践中心学习培训制度' },
		kind: {
			label: '制度类别',
			help: 'taxonomies/system-kinds.yaml 里的编号：regulation 制度、mechanism 机制、standard 标准、responsibility 责任体系、checklist 清单',
			example: 'regulation',
		},
		appliesTo: {
			label: '适用对象',
			help: '适用于谁，至少一个：taxonomies/scopes.yaml 里的编号',
			example: '[center]',
		},
		issuer: { label: '制定单位', help: '制定或印发的机关', example: '中共凤翔区委统战部' },
		documentNumber: {
			label: '文号',
			help: '作为公文印发时的文号（选填）',
			example: '凤统发〔2023〕5号',
		},
		effective: {
			label: '施行日期',
			help: '开始施行的日期，格式 YYYY-MM-DD',
			example: '2023-03-01',
		},
		version: { label: '版本', help: '模板的版本，例如 1.0 或 2024年修订', example: '"1.0"' },
		order: { label: '排序', help: '在同类制度中的顺序，数字小的在前，默认 100', example: '10' },
		...summaryDoc,
		related: {
			label: '相关制度',
			help: '相关的其他制度：content/systems/ 里的网址名',
			example: '[center-evaluation]',
		},
		structure: {
			label: '结构图',
			help: '责任体系的结构图（选填）：最上面一个框，下面一排框，每个框下面还可以再列一列框',
			example: '{ label: 区委统一领导, children: [{ label: 三级书记抓统战 }] }',
		},
		'structure.label': { label: '顶框文字', help: '最上面那个框里的文字', example: '区委统一领导' },
		'structure.note': {
			label: '顶框说明',
			help: '顶框文字下面的一行小字（选填）',
			example: '区委统战部牵头协调',
		},
		'structure.children': {
			label: '第二排',
			help: '顶框下面的一排框，至少一个',
			example: '[{ label: 三级书记抓统战 }]',
		},
		'structure.children[].label': { label: '框内文字', help: '这个框里的文字', example: '园区' },
		'structure.children[].note': {
			label: '框内说明',
			help: '框里文字下面的一行小字（选填）',
			example: '高新区党工委',
		},
		'structure.children[].children': {
			label: '下一列',
			help: '这个框下面列出的框，写法同上（选填）',
			example: '[{ label: 区委书记 }, { label: 镇党委书记 }]',
		},
		'structure.children[].children[].label': {
			label: '下列框文字',
			help: '下一列中一个框的文字',
			example: '区委书记',
		},
		'structure.children[].children[].note': {
			label: '下列框说明',
			help: '下一列框文字下面的一行小字（选填）',
			example: '第一责任人',
		},
		'structure.children[].sequence': {
			label: '逐级',
			help: '下一列是一级管一级（区 → 镇 → 村）时写 true，框之间画箭头',
			example: 'true',
		},
		checklist: {
			label: '检查项所在的节',
			help: '标准类模板填写（选填）：哪几节的“1.”条目或“（一）”段落是检查项，写节的序号（2 表示“二、”）；写了就会生成检查清单和自评表',
			example: '[2, 3]',
		},
	},
	cases: {
		...entryDocs,
		title: { label: '标题', help: '案例的标题', example: '“五步法”让议事协商落地见效' },
		date: { label: '日期', help: '案例发生或发布的日期，格式 YYYY-MM-DD', example: '2023-11-20' },
		...summaryDoc,
		...domainsDoc,
		centers: {
			label: '相关中心',
			help: '涉及的同心实践中心（网址名）',
			example: '[tianjiazhuang]',
		},
		stations: {
			label: '相关实践站',
			help: '涉及的同心实践站（网址名）',
			example: '[tiannan-village]',
		},
		bases: { label: '相关基地', help: '涉及的示范基地（网址名）', example: '[]' },
		systems: {
			label: '相关制度',
			help: '落实的工作制度（网址名）',
			example: '[consultation-five-steps]',
		},
		figures: {
			label: '相关数据',
			help: '引用的数据：figures/figures.yaml 里的编号',
			example: '[problems-solved]',
		},
		...pictureDocs('cover', '封面图'),
		pictures: {
			label: '正文图片',
			help: '正文里用 <Figure picture="名字" /> 或 <Gallery pictures="名字 名字" /> 显示的图片：每张起一个英文名字，下面写 src、alt、caption，写法同封面图（见 docs/editor-components.md）',
			example: '{ meeting: { src: ../images/cases/meeting.webp, alt: 议事会现场 } }',
		},
		author: { label: '作者', help: '撰稿单位或作者（选填）', example: '区委统战部' },
	},
};

/** The Chinese documentation of every field of a kind, by field path. */
export function fieldDocs(kind: EntryKind): FieldDoc[] {
	return Object.entries(docsByKind[kind]).map(([path, doc]) => ({ path, ...doc }));
}

/** The documentation of one field of a kind; throws for a field nobody documented. */
export function fieldDoc(kind: EntryKind, path: string): FieldDoc {
	const doc = docsByKind[kind][path];
	if (!doc) throw new Error(`No editor documentation for ${kind}.${path}`);
	return { path, ...doc };
}
