import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/core/content-check/index.ts';
import {
	findPersonalData,
	idCheckCharacter,
	isResidentIdNumber,
} from '../../../src/features/publishing/personal-data.ts';
import { copyContent, type FixtureCopy } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

// The public example number from GB 11643's explanations; its check character is X.
const VALID_ID = '11010519491231002X';

describe('resident ID numbers', () => {
	it('computes the MOD 11-2 check character', () => {
		expect(idCheckCharacter(VALID_ID.slice(0, 17))).toBe('X');
	});
	it('recognises a number with a valid check character and birth date', () => {
		expect(isResidentIdNumber(VALID_ID)).toBe(true);
		expect(isResidentIdNumber(VALID_ID.toLowerCase())).toBe(true);
	});
	it('does not flag 18 digits with a wrong check digit', () => {
		expect(isResidentIdNumber('110105194912310021')).toBe(false);
	});
	it('does not flag an impossible birth date even with a matching check digit', () => {
		const first17 = '11010519491331002';
		expect(isResidentIdNumber(first17 + idCheckCharacter(first17))).toBe(false);
	});
	it('does not flag division codes', () => {
		expect(findPersonalData('城关镇东关社区 610305100005，凤翔区 610305')).toEqual([]);
	});
	it('does not flag an ID-shaped run inside a longer number', () => {
		expect(findPersonalData(`9${VALID_ID}`)).toEqual([]);
	});
	it('finds an ID number in running text', () => {
		expect(findPersonalData(`身份证号${VALID_ID}，已登记`)).toEqual([
			{ kind: 'id-number', match: VALID_ID, index: 4 },
		]);
	});
});

describe('mobile numbers', () => {
	it.each(['13800138000', '138-0013-8000', '138 0013 8000', '+86 13800138000'])(
		'flags %s',
		(text) => {
			expect(findPersonalData(`电话：${text}。`).map((finding) => finding.kind)).toEqual([
				'mobile',
			]);
		},
	);
	it.each(['0917-0000101', '0917-7654321', '12345', '610305100001', '2024年4月23日'])(
		'does not flag %s',
		(text) => {
			expect(findPersonalData(text)).toEqual([]);
		},
	);
});

describe('e-mail addresses', () => {
	it('flags a mailbox at a public provider', () => {
		expect(findPersonalData('联系 zhangsan@qq.com')).toEqual([
			{ kind: 'email', match: 'zhangsan@qq.com', index: 3 },
		]);
	});
	it('does not flag an organisation mailbox', () => {
		expect(findPersonalData('tongzhan@fengxiang.gov.cn')).toEqual([]);
	});
});

describe('the allow-list', () => {
	it('lets an exact text through', () => {
		expect(findPersonalData('热线 13800138000', ['13800138000'])).toEqual([]);
		expect(findPersonalData('热线 13900139000', ['13800138000'])).toHaveLength(1);
	});
});

describe('the guard over content', () => {
	let copy: FixtureCopy | undefined;
	afterEach(() => copy?.dispose());

	it('fails a public entry with an ID number, naming file, line and field', () => {
		copy = copyContent();
		copy.edit(
			'centers/easttown.md',
			'summary: 测试用的实践中心。',
			`summary: 负责人身份证号 ${VALID_ID}。`,
		);
		const problems = checkContent(copy.root, contentModel).problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'centers/easttown.md', line: 13, field: 'summary' });
		expect(problems[0]!.message).toContain('身份证号');
	});

	it('names the line of a mobile number in the body', () => {
		copy = copyContent();
		copy.edit(
			'stations/east-street.md',
			'东街社区同心实践站的正文。',
			'第一行。\n\n联系电话 13800138000。',
		);
		expect(checkContent(copy.root, contentModel).problems).toEqual([
			expect.objectContaining({ file: 'stations/east-street.md', line: 16, field: '正文' }),
		]);
	});

	it('leaves internal-only fields and internal entries alone', () => {
		copy = copyContent();
		copy.edit('centers/easttown.md', 'phone: 0917-0000001', 'phone: 13800138000');
		copy.edit('systems/internal-rule.md', '内部内容。', `内部内容 ${VALID_ID}。`);
		expect(checkContent(copy.root, contentModel).problems).toEqual([]);
	});

	it('lets an allow-listed hotline through', () => {
		copy = copyContent();
		copy.edit('platforms/test-platform.md', '测试讲堂的正文。', '热线 13800138000。');
		expect(checkContent(copy.root, contentModel).problems).toHaveLength(1);
		copy.edit(
			'site.yaml',
			'sampleNotice: true',
			'sampleNotice: true\npersonalDataAllowList: ["13800138000"]',
		);
		expect(checkContent(copy.root, contentModel).problems).toEqual([]);
	});
});

describe('other spellings', () => {
	it.each([
		['an ID number in groups', '身份证 110105 19491231 002X 已登记', '110105 19491231 002X'],
		['an ID number with hyphens', '110105-19491231-002X', '110105-19491231-002X'],
		['a full-width mobile number', '电话：１３８００１３８０００', '１３８００１３８０００'],
		['a mobile number with dots', '请拨 138.0013.8000', '138.0013.8000'],
		['a full-width mailbox', '邮箱 ｚｈａｎｇ＠ｑｑ．ｃｏｍ', 'ｚｈａｎｇ＠ｑｑ．ｃｏｍ'],
	])('finds %s and reports it as written', (_, text, written) => {
		const [finding] = findPersonalData(text);
		expect(finding?.match).toBe(written);
		expect(text.slice(finding!.index, finding!.index + written.length)).toBe(written);
	});
	it('lets an allow-listed number through however it is spaced', () => {
		expect(findPersonalData('热线 138 0013 8000', ['13800138000'])).toEqual([]);
	});
	it('does not join dates, codes and coordinates into numbers', () => {
		expect(
			findPersonalData('2023.06.01 至 2024-06-30，区划 610305 100001，坐标 107.392 34.521'),
		).toEqual([]);
	});
});
