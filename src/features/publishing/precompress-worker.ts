/** One process of the precompression step: compresses the files it is sent, then says so. */
import { compressFiles } from './precompress.ts';

process.once('message', (batch: { file: string }[]) => {
	compressFiles(batch.map(({ file }) => file));
	process.send?.(true, () => process.disconnect());
});
