import { describe, expect, it } from 'vitest';
import { systemOf } from '../../../src/features/systems/parsed-system.ts';
import { systemPage, type SystemPageContext } from '../../../src/features/systems/system-page.ts';
import { termsById } from '../../../src/core/entries.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';
import { caseIndexOf, placesOf } from '../../helpers/page-contexts.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const context: SystemPageContext = {
	systems: sample.published('systems'),
	places: placesOf(sample),
	cases: caseIndexOf(sample),
	kinds: termsById(sample.all('systemKinds').map((term) => term.data)),
	scopes: termsById(sample.all('scopes').map((term) => term.data)),
};
const pageOf = (id: string) => systemPage(systemOf(sample.get('systems', id)), context);

describe('systemPage', () => {
	it('lists the facts with the document number only when there is one', () => {
		const notice = pageOf('base-building-notice').facts.map((fact) => fact.label);
		expect(notice).toEqual(['类别', '适用对象', '发布单位', '文号', '施行日期', '版本']);
		expect(pageOf('center-study-training').facts.map((fact) => fact.label)).not.toContain('文号');
		const effective = pageOf('center-study-training').facts.find((f) => f.label === '施行日期');
		expect(effective?.time).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('finds the blanks to fill in and the sections for the table of contents', () => {
		const page = pageOf('center-study-training');
		expect(page.blanks).toContain('单位名称');
		expect(page.tableOfContents.length).toBeGreaterThan(2);
		expect(page.tableOfContents[0]?.text).toMatch(/^一、/);
	});

	it('relates systems both ways: those it names and those that name it', () => {
		const related = pageOf('center-study-training').linkLists[1]!;
		expect(related.heading).toBe('相关制度');
		const naming = sample
			.published('systems')
			.filter((system) => system.data.related.some((ref) => ref.id === 'center-study-training'));
		expect(naming.length).toBeGreaterThan(0);
		for (const system of naming) {
			expect(related.items.map((item) => item.href)).toContain(`/systems/${system.id}/`);
		}
	});

	it('lists the sites that adopted the system', () => {
		const adopted = pageOf('center-study-training').linkLists[0]!;
		expect(adopted.heading).toBe('执行本制度的站点');
		expect(adopted.items.length).toBe(13);
	});

	it('links a standard with checks to its checklist, and others to none', () => {
		expect(pageOf('six-haves-four-goods').checklistHref).toBe(
			'/systems/six-haves-four-goods/checklist/',
		);
		expect(pageOf('center-study-training').checklistHref).toBeUndefined();
	});
});
