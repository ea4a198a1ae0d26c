import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ContentScope } from '../../core/content-scope.ts';
import { readContent } from '../../core/content-check/read-content.ts';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { BuildProblem, PostBuildStep } from '../../core/post-build/types.ts';
import type { Settings } from '../../core/settings.ts';
import { findingLabels } from './personal-data.ts';
import { auditNeedles, compact, needleMatcher, personalDataInOutput } from './public-audit.ts';

/** Files whose contents a reader can receive as text (Pagefind's index files included). */
const TEXT_FILE =
	/\.(?:html?|xml|json|geojson|csv|svg|m?js|css|txt|md|webmanifest|pf_fragment|pf_index|pf_meta|pf_filter)$/i;

function textOf(file: string): string {
	const bytes = readFileSync(file);
	// Pagefind's index files may be gzipped; what a reader receives is the text inside.
	return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * The public-build audit (see `public-audit.ts`) as a post-build step: it runs on every public
 * build, before compression, and fails naming each output file and the entry a leak came from.
 */
export function publicAudit(scopeOf: (settings: Settings) => ContentScope): PostBuildStep {
	return {
		name: '公开版审计（内部内容和个人信息）',
		concurrent: true,
		cost: 8.5,
		run: ({ dir, settings }) => {
			if (settings.profile !== 'public') return [];
			const content = readContent(settings.contentDir);
			const needles = auditNeedles(content, scopeOf(settings));
			const inContents = needleMatcher(needles.filter((needle) => needle.in === 'contents'));
			const inNames = needleMatcher(needles.filter((needle) => needle.in === 'names'));
			const site = content.entries.get('site')?.[0]?.data as
				{ personalDataAllowList?: unknown } | undefined;
			const allowList = Array.isArray(site?.personalDataAllowList)
				? site.personalDataAllowList.map(String)
				: [];
			const problems: BuildProblem[] = [];
			for (const file of listSiteFiles(dir)) {
				for (const needle of inNames(file))
					problems.push({
						file,
						message: `文件名泄露了内部内容：来自 content/${needle.source}${needle.what}（“${needle.text}”）。`,
					});
				if (!TEXT_FILE.test(file)) continue;
				const text = textOf(path.join(dir, file));
				for (const needle of inContents(compact(text)))
					problems.push({
						file,
						message: `含有公开版不应有的内容：content/${needle.source}${needle.what}（“${needle.text.slice(0, 40)}”）。`,
					});
				for (const finding of personalDataInOutput(text, allowList))
					problems.push({
						file,
						message: `含有疑似${findingLabels[finding.kind]}“${finding.match}”：个人信息不能出现在公开版中。`,
					});
			}
			return problems;
		},
	};
}
