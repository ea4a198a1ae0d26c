/**
 * `npm run sample:districts -- [--out folder] [--codes 610304,610323] [--entries 24]`: writes the
 * content folders of sample districts of 宝鸡市 (real division codes and names, every other detail
 * made up and marked as sample) to `<out>/<id>/`, for building a portal over several districts.
 */
import path from 'node:path';
import { SAMPLE_DISTRICT_CODES } from './sample-districts/sample-district.ts';
import { writeSampleDistricts } from './sample-districts/write-districts.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
const out = path.resolve(option('--out') ?? '.tmp/sample-districts');
const codes = option('--codes')?.split(',') ?? [...SAMPLE_DISTRICT_CODES];
const entries = option('--entries') ? Number(option('--entries')) : undefined;
try {
	const folders = writeSampleDistricts({
		out,
		codes,
		contentDir: path.resolve('content'),
		entries,
	});
	for (const [id, folder] of folders) {
		console.log(`✓ ${id}：${path.relative(process.cwd(), folder)}/`);
	}
} catch (error) {
	console.error(`生成示例区县失败：${(error as Error).message}`);
	process.exit(1);
}
