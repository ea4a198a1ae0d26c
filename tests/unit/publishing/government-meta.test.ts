import { describe, expect, it } from 'vitest';
import { governmentMeta } from '../../../src/features/publishing/government-meta.ts';

const base = {
	siteName: '同心凤翔',
	siteUrl: new URL('https://tongzhan.example.gov.cn/sub/'),
	contentSource: '区委统战部',
};

describe('governmentMeta', () => {
	it('names the site, its domain and the home column', () => {
		expect(governmentMeta(base)).toEqual([
			{ name: 'SiteName', content: '同心凤翔' },
			{ name: 'SiteDomain', content: 'tongzhan.example.gov.cn' },
			{ name: 'ColumnName', content: '首页' },
			{ name: 'ColumnType', content: '首页' },
		]);
	});

	it('adds the article tags with the date as YYYY-MM-DD HH:MM', () => {
		const tags = governmentMeta({
			...base,
			siteIdCode: '6103050001',
			column: { name: '案例故事', type: '工作动态' },
			article: { title: '拧成一股绳', published: new Date('2024-03-15T00:00:00Z') },
		});
		expect(tags).toContainEqual({ name: 'SiteIDCode', content: '6103050001' });
		expect(tags).toContainEqual({ name: 'ColumnName', content: '案例故事' });
		expect(tags).toContainEqual({ name: 'ArticleTitle', content: '拧成一股绳' });
		expect(tags).toContainEqual({ name: 'PubDate', content: '2024-03-15 00:00' });
		expect(tags).toContainEqual({ name: 'ContentSource', content: '区委统战部' });
	});
});

describe('an article without a date', () => {
	it('leaves PubDate out rather than inventing one', () => {
		const tags = governmentMeta({ ...base, article: { title: '同心讲堂' } });
		expect(tags.map((tag) => tag.name)).toContain('ArticleTitle');
		expect(tags.map((tag) => tag.name)).not.toContain('PubDate');
	});
});
