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

const ID_PATTERN = /(?<![\dA-Za-z])[1-9]\d{16}[\dXx](?![\dA-Za-z])/g;
// 11 digits starting 13–19, optionally written 3-4-4 with spaces or hyphens, optionally +86.
const MOBILE_PATTERN = /(?<![\d-])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d-])/g;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** Every piece of the text that looks like personal data, except what the allow-list names. */
export function findPersonalData(
	text: string,
	allowList: readonly string[] = [],
): PersonalDataFinding[] {
	const allowed = new Set(allowList.map((item) => item.trim().toLowerCase()));
	const findings: PersonalDataFinding[] = [];
	for (const match of text.matchAll(ID_PATTERN)) {
		if (isResidentIdNumber(match[0]))
			findings.push({ kind: 'id-number', match: match[0], index: match.index });
	}
	for (const match of text.matchAll(MOBILE_PATTERN)) {
		findings.push({ kind: 'mobile', match: match[0], index: match.index });
	}
	for (const match of text.matchAll(EMAIL_PATTERN)) {
		if (PERSONAL_MAIL_DOMAINS.has(match[1]!.toLowerCase())) {
			findings.push({ kind: 'email', match: match[0], index: match.index });
		}
	}
	return findings
		.filter((finding) => !allowed.has(finding.match.trim().toLowerCase()))
		.sort((a, b) => a.index - b.index);
}

/** What each finding is called in an editor's message. */
export const findingLabels: Record<PersonalDataFinding['kind'], string> = {
	'id-number': '身份证号',
	mobile: '手机号码',
	email: '个人电子邮箱',
};
