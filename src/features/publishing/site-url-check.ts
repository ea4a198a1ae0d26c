import { DEFAULT_SITE_URL, type Settings } from '../../core/settings.ts';
import type { BuildInfo } from './build-info.ts';

/**
 * The warning a build prints when `SITE_URL` was left unset: every canonical, share, feed,
 * sitemap and open-data link then points at this machine (`http://localhost:4321`), which is
 * right for a look on this computer and wrong on any server.
 */
export function defaultSiteUrlWarning(
	settings: Pick<Settings, 'siteUrlIsDefault' | 'profile'>,
): string | undefined {
	if (!settings.siteUrlIsDefault) return undefined;
	const edition = settings.profile === 'intranet' ? '内网版' : '公开版';
	return [
		`⚠ 没有设置 SITE_URL：这次构建的${edition}把规范链接、分享链接、RSS、站点地图和开放数据里的网址都写成了 ${DEFAULT_SITE_URL}，`,
		'  只适合在本机预览。要发布到服务器，请设置网站的地址后重新构建，例如：',
		'  SITE_URL=https://tongzhan.example.gov.cn npm run build',
		'  （npm run package 不会打包这样的构建。）',
	].join('\n');
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why `npm run package` refuses a build, or undefined when it may be packed: a package goes to a
 * server, so a build whose links point at this machine (SITE_URL unset or a loopback address)
 * is refused, naming the setting to fix.
 */
export function packageRefusal(info: Pick<BuildInfo, 'site'>): string | undefined {
	const host = URL.canParse(info.site) ? new URL(info.site).hostname : '';
	if (!LOOPBACK.test(host)) return undefined;
	return [
		`这个构建的网站地址是 ${info.site}（SITE_URL 没有设置或指向本机），其中的链接在服务器上都打不开，所以没有打包。`,
		'请设置 SITE_URL 为网站的正式地址后重新构建再打包，例如：',
		'  SITE_URL=https://tongzhan.example.gov.cn npm run build && npm run package',
	].join('\n');
}
