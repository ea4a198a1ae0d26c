import type { BuildInfo } from './build-info.ts';

/** `tongxin-public-0.1.0-20261127`: what, which edition, which version, built when. */
export function packageName(
	info: Pick<BuildInfo, 'name' | 'profile' | 'version' | 'builtAt'>,
): string {
	const day = info.builtAt.slice(0, 10).replaceAll('-', '');
	return `${info.name}-${info.profile}-${info.version}-${day}`;
}

/** A checksum line in the format `sha256sum -c` reads. */
export function checksumLine(hexDigest: string, fileName: string): string {
	return `${hexDigest}  ${fileName}\n`;
}
