import { describe, expect, it } from 'vitest';
import { articleLd, jsonLdText, organisationLd, placeLd } from '../../../src/core/json-ld.ts';

describe('jsonLdText', () => {
	const data = { headline: '标题</script><script>alert(1)</script><!-- & \u2028' };
	const text = jsonLdText(data);

	it('cannot close its script element or open markup', () => {
		expect(text).not.toMatch(/<\/script/i);
		expect(text).not.toContain('<!--');
		expect(text).not.toContain('<');
		expect(text).not.toContain('\u2028');
	});
	it('is still the same JSON', () => {
		expect(JSON.parse(text)).toEqual(data);
	});
});

describe('schema.org data', () => {
	const publisher = organisationLd('区委统战部', 'https://example.gov.cn/');

	it('describes a story as an Article with its dates and publisher', () => {
		const article = articleLd({
			title: '标题',
			summary: '摘要',
			date: new Date('2024-03-15T00:00:00Z'),
			url: 'https://example.gov.cn/cases/a/',
			publisher,
			about: [{ name: '柳林镇同心实践中心', url: 'https://example.gov.cn/centers/liulin/' }],
		});
		expect(article).toMatchObject({
			'@type': 'Article',
			headline: '标题',
			datePublished: '2024-03-15',
			publisher: { '@type': 'GovernmentOrganization' },
			author: { '@type': 'GovernmentOrganization' },
		});
		expect(article['about']).toHaveLength(1);
	});
	it('gives a place its point, rounded to about 100 m when it is approximate', () => {
		const base = {
			name: '中心',
			summary: '摘要',
			url: 'https://example.gov.cn/centers/a/',
			organisation: publisher,
		};
		const exact = placeLd({
			...base,
			point: { lng: 107.3912344, lat: 34.5212346, approximate: false },
		});
		expect(exact['geo']).toEqual({
			'@type': 'GeoCoordinates',
			latitude: 34.521235,
			longitude: 107.391234,
		});
		const approximate = placeLd({
			...base,
			point: { lng: 107.3912344, lat: 34.5212346, approximate: true },
		});
		expect(approximate['geo']).toEqual({
			'@type': 'GeoCoordinates',
			latitude: 34.521,
			longitude: 107.391,
		});
		expect(placeLd(base)['geo']).toBeUndefined();
		expect(exact['@type']).toBe('Place');
	});

	it('names the responsible organisation with a property schema.org defines for it', () => {
		const place = placeLd({
			name: '中心',
			summary: '摘要',
			url: 'https://example.gov.cn/centers/a/',
			organisation: publisher,
		});
		// Place has no property for who runs it; Organization.location, reversed, says it.
		expect(place['maintainer']).toBeUndefined();
		expect(place['@reverse']).toEqual({ location: publisher });
	});
});
