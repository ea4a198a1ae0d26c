/** The options of `npm run portal`, read from its command line. */
export interface PortalArgs {
	/** The portal's settings file. */
	config: string;
	/** Where the portal is written. */
	out: string;
	/** The origin the portal (and the districts beside it) is served from. */
	site: string;
	/** The portal's path on that origin. */
	base: string;
	/** Stop with an error, rather than build without them, when a district cannot be merged. */
	strict: boolean;
	/** District builds to merge instead of those the settings list (folders or addresses). */
	sources: string[];
}

export const PORTAL_DEFAULTS = {
	config: 'portal/portal.yaml',
	out: 'dist-portal',
	site: 'http://localhost:4321',
	base: '/',
} as const;

const VALUED = {
	'--config': 'config',
	'--out': 'out',
	'--site': 'site',
	'--base': 'base',
} as const;

/**
 * Reads `[--config file] [--out folder] [--site origin] [--base path] [--strict] [source …]`;
 * an unknown option or a missing value throws an error in Chinese.
 */
export function parsePortalArgs(argv: readonly string[]): PortalArgs {
	const args: PortalArgs = { ...PORTAL_DEFAULTS, strict: false, sources: [] };
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index] as string;
		if (arg === '--strict') {
			args.strict = true;
		} else if (arg in VALUED) {
			const value = argv[index + 1];
			if (value === undefined || value.startsWith('--'))
				throw new Error(`选项 ${arg} 后面要写一个值。`);
			args[VALUED[arg as keyof typeof VALUED]] = value;
			index++;
		} else if (arg.startsWith('--')) {
			throw new Error(
				`不认识的选项 ${arg}。可用的选项：--config 设置文件、--out 输出文件夹、--site 网址、--base 路径、--strict；其余参数是区县网站的构建结果（文件夹或网址）。`,
			);
		} else {
			args.sources.push(arg);
		}
	}
	try {
		new URL(args.site);
	} catch {
		throw new Error(
			`--site 应为完整网址，例如 https://tongzhan.example.gov.cn，现在是“${args.site}”。`,
		);
	}
	return args;
}
