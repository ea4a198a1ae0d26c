/**
 * Detectors for personal data that must never reach the public build: resident ID numbers,
 * mobile numbers and personal e-mail addresses. Office landlines and organisation mailboxes are
 * not personal data and pass.
 */

/** One piece of text that looks like personal data. */
export interface PersonalDataFinding {
	kind: 'id-number' | 'mobile' | 'email';
	/** The text as written. */
	match: string;
	/** Offset of the match in the scanned text. */
	index: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID number. */
export function idCheckCharacter(first17: string): string {
	const sum = [...first17].reduce(
		(total, digit, index) => total + Number(digit) * ID_WEIGHTS[index]!,
		0,
	);
	return ID_CHECK_CHARACTERS[sum % 11]!;
}

function isPlausibleBirthDate(yyyymmdd: string): boolean {
	const year = Number(yyyymmdd.slice(0, 4));
	const month = Number(yyyymmdd.slice(4, 6));
	const day = Number(yyyymmdd.slice(6, 8));
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		year >= 1900 &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		date.getTime() <= Date.now()
	);
}

/** True for an 18-character resident ID number with a real birth date and a valid check character. */
export function isResidentIdNumber(text: string): boolean {
	if (!/^[1-9]\d{16}[\dXx]$/.test(text)) return false;
	if (!isPlausibleBirthDate(text.slice(6, 14))) return false;
	return idCheckCharacter(text.slice(0, 17)) === text.slice(17).toUpperCase();
}

// Mailboxes of public providers are personal; an organisation's own domain is not.
const PERSONAL_MAIL_DOMAINS = new Set([
	'qq.com',
	'foxmail.com',
	'163.com',
	'126.com',
	'yeah.net',
	'sina.com',
	'sina.cn',
	'sohu.com',
	'139.com',
	'189.cn',
	'wo.cn',
	'aliyun.com',
	'gmail.com',
	'outlook.com',
	'hotmail.com',
	'live.com',
	'icloud.com',
	'me.com',
	'yahoo.com',
]);

// Run on the normalised text (see `normaliseForMatching`), where numbers have no separators.
const ID_PATTERN = /(?<![\dA-Za-z])[1-9]\d{16}[\dXx](?![\dA-Za-z])/g;
// 11 digits starting 13–19, optionally after +86 or 86.
const MOBILE_PATTERN = /(?<![\d+])(?:\+?86)?1[3-9]\d{9}(?!\d)/g;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** What may stand between the digits of one number: spaces, hyphens and dashes, dots. */
const DIGIT_SEPARATOR = /[\s\-\u2010-\u2015\u2212.\u00B7\u30FB]/;

/**
 * A copy of the text in which personal data is looked for, and where each of its characters came
 * from. NFKC turns full-width digits and letters (`１３８`, `ｑｑ．ｃｏｍ`) into ASCII, and the
 * spaces, hyphens and dots between digits are dropped (`110105 19491231 002X`, `138.0013.8000`),
 * so a number is found however it is spelled, and reported where it stands in the original.
 */
export interface NormalisedText {
	text: string;
	/** For each character of `text`: the offset in the original of the character it came from. */
	start: number[];
	/** For each character of `text`: the offset in the original just after that character. */
	end: number[];
}

export function normaliseForMatching(original: string): NormalisedText {
	let text = '';
	const start: number[] = [];
	const end: number[] = [];
	let offset = 0;
	for (const character of original) {
		const normal = character.normalize('NFKC');
		for (let unit = 0; unit < normal.length; unit += 1) {
			start.push(offset);
			end.push(offset + character.length);
		}
		text += normal;
		offset += character.length;
	}
	// Drop separators that stand between two digits.
	let joined = '';
	const joinedStart: number[] = [];
	const joinedEnd: number[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const character = text[index]!;
		if (DIGIT_SEPARATOR.test(character) && /\d/.test(joined.at(-1) ?? '')) {
			let next = index;
			while (next < text.length && DIGIT_SEPARATOR.test(text[next]!)) next += 1;
			if (/\d/.test(text[next] ?? '')) {
				index = next - 1;
				continue;
			}
		}
		joined += character;
		joinedStart.push(start[index]!);
		joinedEnd.push(end[index]!);
	}
	return { text: joined, start: joinedStart, end: joinedEnd };
}

/** The normalised form of an allow-list entry or a finding, for comparing the two. */
const comparable = (text: string) => normaliseForMatching(text.trim()).text.toLowerCase();

/** Every piece of the text that looks like personal data, except what the allow-list names. */
export function findPersonalData(
	text: string,
	allowList: readonly string[] = [],
): PersonalDataFinding[] {
	const allowed = new Set(allowList.map(comparable));
	const normal = normaliseForMatching(text);
	const findings: PersonalDataFinding[] = [];
	const add = (kind: PersonalDataFinding['kind'], match: RegExpMatchArray) => {
		const from = normal.start[match.index!]!;
		const to = normal.end[match.index! + match[0].length - 1]!;
		if (allowed.has(match[0].toLowerCase())) return;
		findings.push({ kind, match: text.slice(from, to), index: from });
	};
	for (const match of normal.text.matchAll(ID_PATTERN)) {
		if (isResidentIdNumber(match[0])) add('id-number', match);
	}
	for (const match of normal.text.matchAll(MOBILE_PATTERN)) add('mobile', match);
	for (const match of normal.text.matchAll(EMAIL_PATTERN)) {
		if (PERSONAL_MAIL_DOMAINS.has(match[1]!.toLowerCase())) add('email', match);
	}
	return findings.sort((a, b) => a.index - b.index);
}

/** Whether a mailbox's domain is a public provider's, so that the mailbox is a person's. */
export const isPersonalMailDomain = (domain: string): boolean =>
	PERSONAL_MAIL_DOMAINS.has(domain.toLowerCase());

/** What each finding is called in an editor's message. */
export const findingLabels: Record<PersonalDataFinding['kind'], string> = {
	'id-number': '身份证号',
	mobile: '手机号码',
	email: '个人电子邮箱',
};
