/**
 * Content folders for more districts of 宝鸡市, so that a portal over several district sites can
 * be built and tested: real division codes and names (`baoji-divisions.csv`), everything else
 * made up and marked as sample — every entry says `sample: true`, every figure too, and the site
 * shows a notice that all of its content is invented. The shared vocabulary (domains, levels,
 * kinds, scopes) and a few regulation templates are copied from the 凤翔 sample.
 *
 * The same generator makes the small sample districts of the tests and the large districts of
 * the portal benchmark (`entries`).
 */
import { stringify } from 'yaml';
import { slugFromName } from '../../src/features/editor/slug.ts';
import { seededRandom, setFrontMatter } from '../synthetic/synthetic-corpus.ts';

/** A row of `baoji-divisions.csv`. */
export interface Division {
	code: string;
	name: string;
	level: 'city' | 'district' | 'town';
	parent: string;
}

/** Reads `code,name,level,parent` rows (UTF-8, CRLF or LF). */
export function parseDivisions(csv: string): Division[] {
	const [header, ...lines] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (header?.trim() !== 'code,name,level,parent') {
		throw new Error('baoji-divisions.csv: expected the header code,name,level,parent');
	}
	return lines
		.filter((line) => line.trim())
		.map((line) => {
			const [code = '', name = '', level = '', parent = ''] = line.split(',');
			if (level !== 'city' && level !== 'district' && level !== 'town') {
				throw new Error(`baoji-divisions.csv: unknown level “${level}” in ${line}`);
			}
			return { code, name, level, parent };
		});
}

/**
 * The districts a sample can be made for: URL name, and an approximate middle (WGS-84) around
 * which the made-up town seats are laid out. The middles are rough, for a schematic map only.
 */
export const SAMPLE_DISTRICTS: Record<
	string,
	{ id: string; centre: { lng: number; lat: number } }
> = {
	'610302': { id: 'weibin', centre: { lng: 107.15, lat: 34.33 } },
	'610303': { id: 'jintai', centre: { lng: 107.15, lat: 34.42 } },
	'610304': { id: 'chencang', centre: { lng: 107.37, lat: 34.36 } },
	'610323': { id: 'qishan', centre: { lng: 107.62, lat: 34.44 } },
	'610324': { id: 'fufeng', centre: { lng: 107.9, lat: 34.38 } },
	'610326': { id: 'meixian', centre: { lng: 107.75, lat: 34.27 } },
	'610327': { id: 'longxian', centre: { lng: 106.86, lat: 34.89 } },
	'610328': { id: 'qianyang', centre: { lng: 107.13, lat: 34.64 } },
	'610329': { id: 'linyou', centre: { lng: 107.79, lat: 34.68 } },
	'610330': { id: 'fengxian', centre: { lng: 106.52, lat: 33.91 } },
	'610331': { id: 'taibai', centre: { lng: 107.32, lat: 34.06 } },
};

/** The two sample districts beside 凤翔 in the tests and the sample portal. */
export const SAMPLE_DISTRICT_CODES = ['610304', '610323'] as const;

/** The files of the 凤翔 sample the generated districts share. */
export interface SharedSources {
	/** `taxonomies/<name>.yaml` → text. */
	taxonomies: Record<string, string>;
	/** Regulation templates to copy: `systems/<slug>.md` → text. */
	systems: Record<string, string>;
}

/** The regulation templates copied from the 凤翔 sample (the ones generated entries adopt). */
export const COPIED_SYSTEMS = ['center-study-training', 'station-study', 'consultation-five-steps'];

export interface DistrictOptions {
	/** 6-digit division code, a key of `SAMPLE_DISTRICTS`. */
	code: string;
	divisions: readonly Division[];
	shared: SharedSources;
	/** About how many entries to make (at least one center, station, base, platform, story). */
	entries?: number | undefined;
	/** Sentences for the bodies; by default the generator's own. */
	sentences?: readonly string[] | undefined;
	seed?: number | undefined;
}

export interface DistrictFile {
	/** Path inside the content folder. */
	path: string;
	text: string;
}

/** Sentences written for the generated districts (no real facts); `{town}` is the town's name. */
const OWN_SENTENCES = [
	'{town}依托同心实践阵地，定期组织党外人士和各界群众开展学习交流。',
	'阵地设有学习室、协商室和展示墙，各项制度统一上墙，活动记录按月归档。',
	'统战成员结合各自专业，为群众提供政策咨询、法律服务和技术指导。',
	'围绕乡村振兴，组织民营企业与村（社区）结对，共同谋划增收项目。',
	'每季度召开一次协商议事会，收集群众意见建议，梳理后报送有关部门。',
	'返乡创业人员和新乡贤参与村务协商，为公共事务出主意、办实事。',
	'同心讲堂邀请专家和党外代表人士宣讲政策、讲解实用技术。',
	'志愿服务队走访困难群众，开展义诊、助学和环境整治活动。',
	'阵地与周边企业、学校和医院建立联系机制，资源共享、活动共办。',
	'{town}把统战工作纳入年度目标考核，明确责任人和工作台账。',
	'非公有制经济人士围绕营商环境提出建议，有关部门逐条回复。',
	'民族团结进步宣传走进社区，组织群众共度传统节日。',
	'网络人士联谊活动聚焦本地特色产品，帮助农户拓宽销售渠道。',
	'党外知识分子参与科普宣传，把种植养殖新技术送到田间地头。',
	'阵地每月公布活动安排，群众可以自愿报名参加。',
	'{town}统战干部定期走访联系对象，了解困难、听取意见。',
];

const TOPICS = [
	'同心讲堂',
	'新乡贤议事',
	'亲清服务',
	'同心荟',
	'乡村振兴',
	'民营经济服务',
	'协商议事',
	'民族团结',
	'同心志愿',
	'网络人士联谊',
	'非遗传承',
	'医路同行',
	'校园统战',
	'园区服务',
	'侨联之家',
	'法律服务',
	'科技助农',
	'文化惠民',
];

/** Station hosts (scope ids) and the domains such a station serves. */
const STATION_HOSTS = [
	{ host: 'village', domains: ['town-village', 'new-rural-elites'], level: 'village' },
	{ host: 'enterprise', domains: ['enterprise', 'private-economy'], level: 'village' },
	{ host: 'school', domains: ['school', 'non-party-representatives'], level: 'village' },
	{ host: 'hospital', domains: ['hospital', 'non-party-representatives'], level: 'village' },
] as const;

/** Base kinds the generator uses (ids of `base-kinds.yaml`) with their names' endings. */
const BASE_KINDS = [
	{
		kind: 'new-social-class-base',
		suffix: '新的社会阶层人士统战工作实践创新基地',
		domain: 'new-social-class',
	},
	{ kind: 'qinchuangyuan-base', suffix: '“助力秦创园”示范项目基地', domain: 'enterprise' },
	{
		kind: 'village-enterprise-project',
		suffix: '“村企互联共建”实验项目',
		domain: 'private-economy',
	},
] as const;

/** How the entries of a district divide among the collections, per 100 (the 凤翔 sample's mix). */
const MIX = { centers: 13, stations: 16, bases: 20, platforms: 8, systems: 35, cases: 8 };

const yamlLine = (value: unknown) => JSON.stringify(value);

/** Entries per collection for about `entries` in all, at least one of each. */
export function entryCounts(entries: number, towns: number) {
	const share = (weight: number) => Math.max(1, Math.round((entries * weight) / 100));
	return {
		// A district has one center per town at most in the small sample; a large one repeats.
		centers: entries < 200 ? Math.min(towns, share(MIX.centers)) : share(MIX.centers),
		stations: share(MIX.stations),
		bases: share(MIX.bases),
		platforms: share(MIX.platforms),
		systems: Math.max(COPIED_SYSTEMS.length, share(MIX.systems)),
		cases: share(MIX.cases),
	};
}

interface Town {
	id: string;
	code: string;
	name: string;
	shortName: string;
	seat: { lng: number; lat: number };
}

/** Town seats laid out around the district's middle on a sunflower spiral, about 4 km apart. */
function layOutTowns(rows: readonly Division[], centre: { lng: number; lat: number }): Town[] {
	const kmPerLat = 111;
	const kmPerLng = 111 * Math.cos((centre.lat * Math.PI) / 180);
	const taken = new Set<string>();
	return rows.map((row, index) => {
		const radiusKm = 4 * Math.sqrt(index + 0.5);
		const angle = index * 2.39996;
		let id = slugFromName(row.name.replace(/(街道|镇|乡)$/, ''));
		if (taken.has(id)) id = `${id}-${row.code.slice(-3)}`;
		taken.add(id);
		return {
			id,
			code: row.code,
			name: row.name,
			shortName: row.name.replace(/(街道|镇|乡)$/, '') || row.name,
			seat: {
				lng: Math.round((centre.lng + (radiusKm * Math.cos(angle)) / kmPerLng) * 1e4) / 1e4,
				lat: Math.round((centre.lat + (radiusKm * Math.sin(angle)) / kmPerLat) * 1e4) / 1e4,
			},
		};
	});
}

function frontMatter(comment: string, data: Record<string, unknown>, body: string): string {
	return `---\n# ${comment}\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}

/** Every file of one generated district's content folder. */
export function sampleDistrictFiles(options: DistrictOptions): DistrictFile[] {
	const { code, divisions, shared } = options;
	const known = SAMPLE_DISTRICTS[code];
	const division = divisions.find((row) => row.code === code && row.level === 'district');
	if (!known || !division) throw new Error(`no sample district with division code ${code}`);
	const random = seededRandom(options.seed ?? Number(code));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const towns = layOutTowns(
		divisions.filter((row) => row.parent === code && row.level === 'town'),
		known.centre,
	);
	if (towns.length === 0) throw new Error(`division ${code} has no towns in the file`);
	const shortName = division.name.replace(/(区|县)$/, '');
	const organisation = `中共宝鸡市${division.name}委统战部`;
	const counts = entryCounts(options.entries ?? 24, towns.length);
	const sentences = options.sentences ?? OWN_SENTENCES;
	const names = new Set<string>();
	/** A name not used yet in this district: the wanted one, else with a topic, else numbered. */
	const unique = (make: (topic: string) => string, plain?: string) => {
		if (plain && !names.has(plain)) return (names.add(plain), plain);
		for (let attempt = 0; attempt < 20; attempt++) {
			const name = make(pick(TOPICS));
			if (!names.has(name)) return (names.add(name), name);
		}
		const name = `${make(pick(TOPICS))}（${names.size + 1}）`;
		names.add(name);
		return name;
	};
	const body = (town: Town, paragraphs: number) =>
		Array.from({ length: paragraphs }, (_, index) => {
			const text = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
				pick(sentences).replaceAll('{town}', town.name),
			).join('');
			return index % 2 === 0 ? `## ${pick(['概况', '做法', '成效', '活动'])}\n\n${text}` : text;
		}).join('\n\n');
	const pointNear = (town: Town) => ({
		lng: Math.round((town.seat.lng + (random() - 0.5) * 0.04) * 1e4) / 1e4,
		lat: Math.round((town.seat.lat + (random() - 0.5) * 0.03) * 1e4) / 1e4,
		crs: 'cgcs2000',
		approximate: true,
	});
	const established = () =>
		`20${21 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
	const files: DistrictFile[] = [];
	const add = (path: string, text: string) => files.push({ path, text });

	add(
		'site.yaml',
		`# 示例区县：${division.name}。区划代码和名称是真实的，其余内容全部是为演示生成的示例数据。\n${stringify(
			{
				title: `同心${shortName}`,
				description: `${division.name}基层统战工作展示与知识库（示例站点）。`,
				organisation,
				footerText: '本站内容全部为生成的示例数据，仅用于展示网站功能。',
				district: known.id,
				sampleNotice:
					'本站为演示站点：除区划名称外，机构、站点、数字和案例全部是为演示生成的示例数据。',
				// Every entry is generated sample data: published without review, like the sample.
				review: { levels: ['初审', '复审', '终审'], sampleExempt: true },
			},
			{ lineWidth: 0 },
		)}`,
	);
	add(
		'regions/regions.yaml',
		`# ${division.name}和各镇（街道）：区划代码和名称来自统计用区划代码；驻地坐标是示例用的近似值。\n${stringify(
			[
				{ id: known.id, code, name: division.name, shortName, level: 'district' },
				...towns.map((town) => ({
					id: town.id,
					code: town.code,
					name: town.name,
					shortName: town.shortName,
					level: 'town',
					parent: known.id,
					seat: { ...town.seat, approximate: true },
				})),
			],
			{ lineWidth: 0 },
		)}`,
	);
	for (const [name, text] of Object.entries(shared.taxonomies)) add(`taxonomies/${name}`, text);

	const systemIds: string[] = [];
	const templates = COPIED_SYSTEMS.map((slug) => {
		const text = shared.systems[`${slug}.md`];
		if (!text) throw new Error(`the shared sources lack systems/${slug}.md`);
		return {
			slug,
			text: setFrontMatter(text, 'related', '[]').replace(/中共凤翔区委统战部/g, organisation),
		};
	});
	for (let index = 0; index < counts.systems; index++) {
		const template = templates[index % templates.length]!;
		if (index < templates.length) {
			add(`systems/${template.slug}.md`, template.text);
			systemIds.push(template.slug);
			continue;
		}
		const town = towns[index % towns.length]!;
		const slug = `${town.id}-${template.slug}-${index}`;
		const title = /^title: (.*)$/m.exec(template.text)?.[1] ?? '工作制度';
		let text = setFrontMatter(template.text, 'slug', slug);
		text = setFrontMatter(
			text,
			'title',
			yamlLine(unique(() => `${town.name}${title}`, `${town.name}${title}`)),
		);
		add(`systems/${slug}.md`, text);
		systemIds.push(slug);
	}

	const platformIds: string[] = [];
	for (let index = 0; index < counts.platforms; index++) {
		const town = towns[index % towns.length]!;
		const name = unique(
			(topic) => `${town.shortName}${topic}`,
			index === 0 ? `${shortName}同心讲堂` : undefined,
		);
		const slug = `platform-${index + 1}`;
		platformIds.push(slug);
		add(
			`platforms/${slug}.md`,
			frontMatter(
				'品牌阵地（示例）。',
				{
					slug,
					name,
					domains: ['town-village', 'non-party-representatives'],
					scopes: ['town', 'center'],
					summary: `${town.name}的统战工作品牌（示例），组织统战成员开展学习、议事和服务活动。`,
					sample: true,
				},
				body(town, 2),
			),
		);
	}

	const centerIds: string[] = [];
	const centerOfTown = new Map<string, string>();
	for (let index = 0; index < counts.centers; index++) {
		const town = towns[index % towns.length]!;
		const first = !centerOfTown.has(town.id);
		const slug = first ? town.id : `${town.id}-center-${index + 1}`;
		const name = unique(
			(topic) => `${town.name}${topic}同心实践中心`,
			first ? `${town.name}同心实践中心` : undefined,
		);
		if (first) centerOfTown.set(town.id, slug);
		centerIds.push(slug);
		add(
			`centers/${slug}.md`,
			frontMatter(
				'同心实践中心（示例，全部内容为生成的示例数据）。',
				{
					slug,
					name,
					region: town.id,
					domains: ['town-village', pick(['enterprise', 'private-economy', 'new-rural-elites'])],
					level: 'town',
					established: established(),
					address: `${division.name}${town.name}（示例地址）`,
					coordinates: pointNear(town),
					systems: [COPIED_SYSTEMS[0]],
					platforms: [platformIds[index % platformIds.length]],
					summary: `${town.name}的统战工作阵地（示例），联系辖区党外人士、民营企业和新乡贤。`,
					sample: true,
				},
				body(town, 3),
			),
		);
	}

	const stationIds: string[] = [];
	const hostCounts = new Map<string, number>();
	for (let index = 0; index < counts.stations; index++) {
		const town = towns[index % towns.length]!;
		const host = STATION_HOSTS[index % STATION_HOSTS.length]!;
		hostCounts.set(host.host, (hostCounts.get(host.host) ?? 0) + 1);
		const slug = `${town.id}-station-${index + 1}`;
		const hostName = {
			village: '村（社区）',
			enterprise: '企业',
			school: '学校',
			hospital: '医院',
		}[host.host];
		const name = unique(
			(topic) => `${town.name}${topic}同心实践站`,
			`${town.name}${hostName}同心实践站`,
		);
		stationIds.push(slug);
		const center = centerOfTown.get(town.id);
		add(
			`stations/${slug}.md`,
			frontMatter(
				'同心实践站（示例，全部内容为生成的示例数据）。',
				{
					slug,
					name,
					region: town.id,
					host: host.host,
					...(center ? { center } : {}),
					domains: [...host.domains],
					level: host.level,
					established: established(),
					address: `${division.name}${town.name}（示例地址）`,
					coordinates: pointNear(town),
					systems: [COPIED_SYSTEMS[1]],
					summary: `建在${town.name}${hostName}的统战实践站（示例），组织统战成员学习、议事和志愿服务。`,
					sample: true,
				},
				body(town, 3),
			),
		);
	}

	const baseIds: string[] = [];
	const kindCounts = new Map<string, number>();
	for (let index = 0; index < counts.bases; index++) {
		const town = towns[index % towns.length]!;
		const kind = BASE_KINDS[index % BASE_KINDS.length]!;
		kindCounts.set(kind.kind, (kindCounts.get(kind.kind) ?? 0) + 1);
		const slug = `${town.id}-base-${index + 1}`;
		const name = unique(
			(topic) => `${town.name}${topic}${kind.suffix}`,
			`${town.name}${kind.suffix}`,
		);
		baseIds.push(slug);
		add(
			`bases/${slug}.md`,
			frontMatter(
				'示范基地（示例，全部内容为生成的示例数据）。',
				{
					slug,
					name,
					kind: kind.kind,
					region: town.id,
					domains: [kind.domain, 'town-village'],
					level: 'district',
					established: established(),
					designatedBy: organisation,
					address: `${division.name}${town.name}（示例地址）`,
					coordinates: pointNear(town),
					summary: `${town.name}的区级示范项目（示例）。`,
					sample: true,
				},
				body(town, 2),
			),
		);
	}

	for (let index = 0; index < counts.cases; index++) {
		const town = towns[index % towns.length]!;
		const topic = pick(TOPICS);
		const slug = `case-${index + 1}`;
		const center = centerOfTown.get(town.id);
		add(
			`cases/${slug}.mdx`,
			frontMatter(
				'案例故事（示例，全部内容为生成的示例数据）。',
				{
					slug,
					title: unique(
						(other) => `${town.name}${other}：统战成员参与基层治理`,
						`${town.name}${topic}：统战成员参与基层治理`,
					),
					date: `2024-0${1 + (index % 9)}-${String(10 + (index % 18)).padStart(2, '0')}`,
					summary: `${town.name}组织统战成员开展${topic}活动的示例故事。`,
					domains: ['town-village'],
					...(center ? { centers: [center] } : {}),
					author: organisation.replace(/^中共宝鸡市/, ''),
					sample: true,
				},
				body(town, 3),
			),
		);
	}

	const asOf = '2024-06-30';
	const source = `${organisation}（示例数据）`;
	const label = (id: string, fallback: string) =>
		new RegExp(`id: ${id}, label: ([^,]+),`).exec(
			shared.taxonomies['base-kinds.yaml'] ?? '',
		)?.[1] ?? fallback;
	const scopeLabel = (id: string) =>
		new RegExp(`id: ${id}, label: ([^,]+),`).exec(shared.taxonomies['scopes.yaml'] ?? '')?.[1] ??
		id;
	const figure = (fields: Record<string, unknown>) => ({ ...fields, asOf, source, sample: true });
	add(
		'figures/figures.yaml',
		`# 数据：全部是示例数字（sample: true），与本站生成的条目数一致。\n${stringify(
			[
				figure({
					id: 'practice-centers',
					label: '同心实践中心',
					value: counts.centers,
					unit: '个',
					group: '阵地建设',
					featured: true,
				}),
				figure({
					id: 'practice-stations',
					label: '同心实践站示范点',
					value: counts.stations,
					unit: '个',
					group: '阵地建设',
					featured: true,
					breakdown: [...hostCounts].map(([host, value]) => ({ label: scopeLabel(host), value })),
				}),
				figure({
					id: 'demonstration-bases',
					label: '各类统战示范基地',
					value: counts.bases,
					unit: '个',
					group: '阵地建设',
					breakdown: [...kindCounts].map(([kind, value]) => ({ label: label(kind, kind), value })),
				}),
				figure({
					id: 'center-regulations',
					label: '同心实践中心制度',
					value: 8,
					unit: '项',
					group: '制度建设',
					additive: false,
				}),
				figure({
					id: 'member-ledger-people',
					label: '统战成员数据台账人数',
					value: 5000 + Math.floor(random() * 15000),
					unit: '名',
					group: '队伍建设',
					featured: true,
				}),
				figure({
					id: 'problems-solved',
					label: '为民营企业解决问题',
					value: 20 + Math.floor(random() * 60),
					unit: '个',
					group: '服务大局',
					featured: true,
				}),
			],
			{ lineWidth: 0 },
		)}`,
	);
	return files;
}
