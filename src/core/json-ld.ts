/**
 * schema.org data for search engines and link previews, written as a JSON-LD data block. The
 * block is not executed, so a strict Content-Security-Policy allows it; it must still never close
 * its `<script>` element early, which `jsonLdText` guarantees.
 */

type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as
 * `\u003c`-style escapes (still the same JSON), so no text in the data — a title holding
 * `</script>` or `<!--` — can end the element or start markup; U+2028/2029 are escaped for old parsers.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** The organisation that runs the site: the publisher of every page. */
export function organisationLd(name: string, url: string): JsonLd {
	return { '@type': 'GovernmentOrganization', name, url };
}

/** A case story as a schema.org Article. */
export function articleLd(story: {
	title: string;
	summary: string;
	date: Date;
	updated?: Date | undefined;
	author?: string | undefined;
	url: string;
	image?: string | undefined;
	publisher: JsonLd;
	about: { name: string; url: string }[];
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: story.title,
		description: story.summary,
		datePublished: story.date.toISOString().slice(0, 10),
		...(story.updated && { dateModified: story.updated.toISOString().slice(0, 10) }),
		author: story.author ? { '@type': 'Organization', name: story.author } : story.publisher,
		publisher: story.publisher,
		mainEntityOfPage: story.url,
		inLanguage: 'zh-CN',
		...(story.image && { image: story.image }),
		...(story.about.length > 0 && {
			about: story.about.map((place) => ({ '@type': 'Place', name: place.name, url: place.url })),
		}),
	};
}

/** Decimal places of a point: about 0.1 m when surveyed, about 100 m when approximate. */
const PRECISE_DECIMALS = 6;
const APPROXIMATE_DECIMALS = 3;

/**
 * A practice center, station or base as a schema.org Place, with its point (`geo`) and the
 * organisation responsible for it. schema.org gives a Place no property naming who runs it
 * (`maintainer` is for creative works), so the link is written from the organisation's side:
 * `Organization.location`, as a reverse property of the place.
 *
 * The point is in WGS-84 (the caller converts GCJ-02/BD-09 first). An approximate point (a town
 * seat standing in for an unsurveyed site) is rounded to about 100 m, so that it claims no more
 * precision than it has.
 */
export function placeLd(place: {
	name: string;
	summary: string;
	url: string;
	address?: string | undefined;
	town?: string | undefined;
	image?: string | undefined;
	/** The point in WGS-84/CGCS2000 degrees. */
	point?: { lng: number; lat: number; approximate: boolean } | undefined;
	organisation: JsonLd;
}): JsonLd {
	const round = (value: number) => {
		const factor = 10 ** (place.point?.approximate ? APPROXIMATE_DECIMALS : PRECISE_DECIMALS);
		return Math.round(value * factor) / factor;
	};
	return {
		'@context': 'https://schema.org',
		'@type': 'Place',
		name: place.name,
		description: place.summary,
		url: place.url,
		...(place.image && { image: place.image }),
		...(place.address && {
			address: {
				'@type': 'PostalAddress',
				streetAddress: place.address,
				...(place.town && { addressLocality: place.town }),
				addressCountry: 'CN',
			},
		}),
		...(place.point && {
			geo: {
				'@type': 'GeoCoordinates',
				latitude: round(place.point.lat),
				longitude: round(place.point.lng),
			},
		}),
		...(place.town && { containedInPlace: { '@type': 'Place', name: place.town } }),
		'@reverse': { location: place.organisation },
	};
}
