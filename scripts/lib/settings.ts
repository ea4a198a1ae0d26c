import { readSettings, SettingsError, type Settings } from '../../src/core/settings.ts';

/**
 * The settings of this command, read once from the environment. A wrong value stops the command
 * with the variable's name and what was expected, before any work starts.
 */
export function commandSettings(): Settings {
	try {
		return readSettings(process.env);
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		console.error('设置有误，没有开始工作：');
		for (const problem of error.problems)
			console.error(`  ${problem.variable}：${problem.message}`);
		console.error('请改正上面的环境变量（见 README 的 Settings 一节）后再运行。');
		process.exit(1);
	}
}
