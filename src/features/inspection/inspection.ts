/**
 * The government-site inspection (政府网站与政务新媒体检查指标, 国办秘函〔2019〕19号) in its own
 * terms, as a pure function of what `npm run inspect` gathered: each section's count and latest
 * date, empty and stale sections, entries without a date, broken links, footer identification,
 * the consultation channel, wording errors and entries awaiting review; then the verdict: which
 * items fail the site outright (单项否决) and which cost points (扣分).
 */

/** How much an item weighs in the inspection. */
export type Weight = 'veto' | 'deduct' | 'info';

/** One section (栏目) as the inspection sees it. */
export interface SectionInput {
	key: string;
	label: string;
	/** News-like (动态类) sections must change within two weeks; the others within six months. */
	newsLike: boolean;
	/** Days without an update allowed, or `off` (not checked). */
	limit: number | 'off';
	/** Its public entries; `date` is `YYYY-MM-DD`, absent when the entry has none. */
	entries: readonly { file: string; title: string; date?: string | undefined }[];
}

export interface InspectionInput {
	today: string;
	sections: readonly SectionInput[];
	/** Broken internal links and downloads of the last build, or undefined when there is none. */
	brokenLinks: readonly { file: string; message: string }[] | undefined;
	/** The footer identification the site configures (and the last build's home page shows). */
	footer: {
		siteIdCode: boolean;
		icpFiling: boolean;
		governmentSiteMark: boolean;
		/** Configured items the last build's home page does not show. */
		notShown: readonly string[];
	};
	/** The consultation channel (互动交流) the site names, if any. */
	consultation: string | undefined;
	wordingHits: readonly { file: string; line?: number | undefined; message: string }[];
	awaitingReview: readonly { file: string; reason: string }[];
}

export interface SectionSummary {
	key: string;
	label: string;
	count: number;
	latest: string | undefined;
	/** Days since the latest entry, when it has a date. */
	age: number | undefined;
	limit: number | 'off';
	stale: boolean;
}

export interface InspectionItem {
	id: string;
	title: string;
	weight: Weight;
	/** True when the site fails this item (then the weight applies). */
	failed: boolean;
	findings: string[];
}

export interface InspectionReport {
	today: string;
	sections: SectionSummary[];
	items: InspectionItem[];
	verdict: { veto: string[]; deduct: string[]; line: string };
	/** True when no item fails the site outright: `npm run inspect` exits 0. */
	passed: boolean;
}

/** How many empty, or stale non-news, sections fail a site outright. */
export const VETO_SECTION_COUNT = 5;

const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The report of one inspection. */
export function inspect(input: InspectionInput): InspectionReport {
	const sections: SectionSummary[] = input.sections.map((section) => {
		const dates = section.entries.flatMap((entry) => (entry.date ? [entry.date] : []));
		const latest = dates.sort().at(-1);
		const age = latest === undefined ? undefined : daysBetween(latest, input.today);
		const stale =
			section.limit !== 'off' &&
			section.entries.length > 0 &&
			(age === undefined || age > section.limit);
		return {
			key: section.key,
			label: section.label,
			count: section.entries.length,
			latest,
			age,
			limit: section.limit,
			stale,
		};
	});
	const newsLike = new Set(
		input.sections.filter((section) => section.newsLike).map((section) => section.key),
	);
	const empty = sections.filter((section) => section.count === 0);
	const staleNews = sections.filter((section) => section.stale && newsLike.has(section.key));
	const staleOther = sections.filter((section) => section.stale && !newsLike.has(section.key));
	const staleLine = (section: SectionSummary) =>
		`${section.label}：最新一条 ${section.latest ?? '没有日期'}${section.age === undefined ? '' : `，已 ${section.age} 天`}（期限 ${String(section.limit)} 天）`;
	const undated = input.sections.flatMap((section) =>
		section.entries
			.filter((entry) => !entry.date)
			.map((entry) => `${entry.file}（${entry.title}）`),
	);
	const missingFooter = [
		...(input.footer.siteIdCode ? [] : ['网站标识码（site.yaml 的 siteIdCode）']),
		...(input.footer.icpFiling ? [] : ['ICP备案号（site.yaml 的 icpFiling）']),
		...input.footer.notShown.map((what) => `上次构建的首页没有显示${what}`),
	];

	const items: InspectionItem[] = [
		{
			id: 'empty-sections',
			title: '空白栏目',
			weight: empty.length >= VETO_SECTION_COUNT ? 'veto' : 'deduct',
			failed: empty.length > 0,
			findings: empty.map((section) => `${section.label}：没有公开的条目`),
		},
		{
			id: 'stale-news',
			title: '动态类栏目未及时更新',
			weight: 'veto',
			failed: staleNews.length > 0,
			findings: staleNews.map(staleLine),
		},
		{
			id: 'stale-sections',
			title: '栏目长期未更新',
			weight: staleOther.length >= VETO_SECTION_COUNT ? 'veto' : 'deduct',
			failed: staleOther.length > 0,
			findings: staleOther.map(staleLine),
		},
		{
			id: 'undated',
			title: '没有日期的条目',
			weight: 'deduct',
			failed: undated.length > 0,
			findings: undated,
		},
		{
			id: 'broken-links',
			title: '不可用的链接和下载',
			weight: input.brokenLinks === undefined ? 'info' : 'deduct',
			failed: input.brokenLinks === undefined || input.brokenLinks.length > 0,
			findings:
				input.brokenLinks === undefined
					? ['没有找到上次构建的网站（dist/），未检查链接：先运行 npm run build']
					: input.brokenLinks.map((link) => `${link.file}：${link.message}`),
		},
		{
			id: 'identification',
			title: '网站标识',
			weight: 'deduct',
			failed: missingFooter.length > 0,
			findings: missingFooter,
		},
		{
			id: 'government-mark',
			title: '党政机关网站标识',
			weight: 'info',
			failed: !input.footer.governmentSiteMark,
			findings: input.footer.governmentSiteMark
				? []
				: [
						'没有配置党政机关网站标识（site.yaml 的 governmentSiteMark）；已开办的党政机关网站应在页脚挂标识',
					],
		},
		{
			id: 'consultation',
			title: '互动交流渠道',
			weight: 'veto',
			failed: input.consultation === undefined,
			findings:
				input.consultation === undefined
					? ['没有互动交流渠道：在 site.yaml 的 consultation 写咨询电话、邮箱或留言页面']
					: [],
		},
		{
			id: 'wording',
			title: '严重表述错误（错敏词）',
			weight: 'veto',
			failed: input.wordingHits.length > 0,
			findings: input.wordingHits.map(
				(hit) => `${hit.file}${hit.line ? `:${hit.line}` : ''}  ${hit.message}`,
			),
		},
		{
			id: 'awaiting-review',
			title: '待审核的条目',
			weight: 'info',
			failed: input.awaitingReview.length > 0,
			findings: input.awaitingReview.map((entry) => `${entry.file}：${entry.reason}`),
		},
	];
	const veto = items
		.filter((item) => item.failed && item.weight === 'veto')
		.map((item) => item.title);
	const deduct = items
		.filter((item) => item.failed && item.weight === 'deduct')
		.map((item) => item.title);
	const line =
		veto.length > 0
			? `结论：单项否决 ${veto.length} 项（${veto.join('、')}），网站检查不合格${deduct.length > 0 ? `；另有扣分项 ${deduct.length} 项（${deduct.join('、')}）` : ''}。`
			: deduct.length > 0
				? `结论：没有单项否决项；扣分项 ${deduct.length} 项（${deduct.join('、')}）。`
				: '结论：没有单项否决项，也没有扣分项。';
	return {
		today: input.today,
		sections,
		items,
		verdict: { veto, deduct, line },
		passed: veto.length === 0,
	};
}

const WEIGHT_LABEL: Record<Weight, string> = { veto: '单项否决', deduct: '扣分', info: '提示' };

/** The report as text, in Chinese: the sections, then each item, then the verdict. */
export function formatInspection(report: InspectionReport): string[] {
	const lines = [`网站检查（按 ${report.today} 计）`, '', '栏目：'];
	for (const section of report.sections)
		lines.push(
			`  ${section.stale ? '✗' : section.count === 0 ? '✗' : '✓'} ${section.label}  ${section.count} 条  最新 ${section.latest ?? '—'}  期限 ${section.limit === 'off' ? '不检查（site.yaml 设为 off）' : `${section.limit} 天`}`,
		);
	lines.push('');
	for (const item of report.items) {
		const mark = !item.failed ? '✓' : item.weight === 'info' ? 'ℹ' : '✗';
		lines.push(`${mark} ${item.title}${item.failed ? `（${WEIGHT_LABEL[item.weight]}）` : ''}`);
		for (const finding of item.findings) lines.push(`    ${finding}`);
	}
	lines.push('', report.verdict.line);
	return lines;
}
