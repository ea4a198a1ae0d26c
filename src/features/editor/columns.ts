import {
	booleanCell,
	choiceCell,
	dateCell,
	longTextCell,
	numberCell,
	recordLinesCell,
	textListCell,
	referenceCell,
	referenceListCell,
	textCell,
	type CellCodec,
} from './cells.ts';
import type { CheckerSchemas } from '../../core/content-check/validate.ts';
import { fieldDoc } from '../../core/schemas/field-docs.ts';
import type { LedgerKind } from './kinds.ts';

/** The pseudo-field of the column that holds an entry's Markdown body. */
export const BODY = '$body';

/** One column of a ledger: which field it fills, the headers it is known by, how cells read. */
export interface LedgerColumn {
	/** Field path in the front matter (`coordinates.lng`), or `$body` for the body. */
	field: string;
	/** The header `npm run export` writes. */
	header: string;
	/** Other headers staff use for the same column. */
	aliases: readonly string[];
	codec: CellCodec;
}

const visibilityCell = choiceCell({ 公开: 'public', 内部: 'internal' }, { writeNames: true });
const crsCell = choiceCell(
	{
		天地图: 'cgcs2000',
		CGCS2000: 'cgcs2000',
		GPS: 'wgs84',
		WGS84: 'wgs84',
		高德: 'gcj02',
		腾讯: 'gcj02',
		百度: 'bd09',
	},
	{ writeNames: false },
);

type ColumnSpec = [field: string, codec: CellCodec, aliases?: readonly string[]];

const placeStart: ColumnSpec[] = [
	['name', textCell, ['站点名称', '中心名称', '基地名称', '阵地名称', '全称', '单位名称']],
	['slug', textCell, ['网址', '英文名', 'slug']],
	[
		'region',
		referenceCell('regions'),
		['所在区域', '所属镇', '所在镇', '镇（园区）', '区域', '所在地'],
	],
];

const placeMiddle: ColumnSpec[] = [
	['level', referenceCell('levels'), ['等级']],
	['domains', referenceListCell('domains'), ['所属领域', '工作领域']],
	['established', dateCell, ['成立日期', '建成日期', '挂牌日期', '成立时间', '建立时间']],
	['address', textCell, ['详细地址', '地点']],
	['coordinates.lng', numberCell, ['东经']],
	['coordinates.lat', numberCell, ['北纬']],
	['coordinates.crs', crsCell, ['坐标来源']],
	['coordinates.approximate', booleanCell, ['近似坐标']],
	['openingHours', textCell, ['开放时段']],
];

const placeEnd: ColumnSpec[] = [
	['cover.src', textCell, ['封面图', '封面图片', '图片']],
	['cover.alt', textCell, ['图片说明', '封面图片说明']],
	['cover.caption', textCell, ['图注']],
	['cover.decorative', booleanCell, []],
	[
		'gallery',
		recordLinesCell(
			[
				{ key: 'src', codec: textCell },
				{ key: 'alt', codec: textCell },
				{ key: 'caption', codec: textCell },
				{ key: 'decorative', codec: booleanCell },
			],
			'../images/centers/a.webp | 活动现场 | 2023 年 9 月',
		),
		['更多图片'],
	],
	['systems', referenceListCell('systems'), ['制度', '工作制度']],
	['platforms', referenceListCell('platforms'), ['阵地']],
	['summary', longTextCell, ['摘要', '概况', '简要介绍']],
];

const placeTail: ColumnSpec[] = [
	[
		'contacts',
		recordLinesCell(
			[
				{ key: 'role', codec: textCell },
				{ key: 'name', codec: textCell },
				{ key: 'phone', codec: textCell },
			],
			'统战委员 | 张三 | 0917-0000000',
		),
		['联系方式', '联系人及电话'],
	],
	['visibility', visibilityCell, ['是否公开']],
	['sample', booleanCell, ['是否示例']],
	['updated', dateCell, ['更新日期']],
	['internalNotes', textCell, ['备注']],
	['review.author', textCell, ['撰稿']],
	['review.written', dateCell, ['撰稿时间']],
	[
		'review.levels',
		recordLinesCell(
			[
				{ key: 'level', codec: textCell },
				{ key: 'reviewer', codec: textCell },
				{ key: 'date', codec: dateCell },
			],
			'初审 | 李明 | 2024-04-22',
		),
		['审核情况'],
	],
	['publishFrom', dateCell, ['公开日期']],
	['publishUntil', dateCell, ['截止日期']],
	['wordingAllow', textListCell, []],
	[BODY, longTextCell, ['详细介绍', '介绍']],
];

const specs: Record<LedgerKind, ColumnSpec[]> = {
	centers: [
		...placeStart,
		...placeMiddle,
		['area', numberCell, ['面积（平方米）', '面积(㎡)', '建筑面积']],
		...placeEnd,
		...placeTail,
	],
	stations: [
		...placeStart,
		['host', referenceCell('scopes'), ['承建单位', '单位类型']],
		['center', referenceCell('centers'), ['所属中心', '所属实践中心']],
		...placeMiddle,
		...placeEnd,
		...placeTail,
	],
	bases: [
		...placeStart,
		['kind', referenceCell('baseKinds'), ['类别', '基地类型']],
		['designatedBy', textCell, ['授牌单位']],
		...placeMiddle,
		...placeEnd,
		[
			'points',
			recordLinesCell(
				[
					{ key: 'name', codec: textCell },
					{ key: 'region', codec: referenceCell('regions') },
				],
				'区委书记统战示范点 | 凤翔区',
			),
			['示范点名单'],
		],
		...placeTail,
	],
};

const BODY_HEADER = '正文';

/**
 * The columns of a kind's ledger, in the order `npm run export` writes them. Headers are the
 * Chinese field names of the editor's guide; the aliases are what staff ledgers often say instead.
 */
export function ledgerColumns(schemas: CheckerSchemas, kind: LedgerKind): LedgerColumn[] {
	return specs[kind].map(([field, codec, aliases = []]) => ({
		field,
		header: field === BODY ? BODY_HEADER : fieldDoc(schemas[kind], field).label,
		aliases,
		codec,
	}));
}

/** A header as staff write it, reduced to what identifies it: no spaces, marks or notes. */
export function normalizeHeader(text: string): string {
	return text
		.replace(/\s+/g, '')
		.replace(/[*＊]/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/：|:$/g, '')
		.toLowerCase();
}

/** The column a header names, trying it whole and then without a note in brackets. */
export function columnForHeader(
	columns: readonly LedgerColumn[],
	header: string,
): LedgerColumn | undefined {
	const candidates = [
		normalizeHeader(header),
		normalizeHeader(header.replace(/[（(].*[)）]$/, '')),
	];
	for (const candidate of candidates) {
		const column = columns.find((option) =>
			[option.header, ...option.aliases].some((name) => normalizeHeader(name) === candidate),
		);
		if (column) return column;
	}
	return undefined;
}

/** A..Z, AA.. for a 0-based column index, as Excel labels columns. */
export function columnLetter(index: number): string {
	let letter = '';
	for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
		letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
	}
	return letter;
}
