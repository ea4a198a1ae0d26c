import type { PortalNotice } from './portal-model.ts';

/** One line of the portal build's report about a district build it left out or warns about. */
export function formatNotice(notice: PortalNotice): string {
	const who = notice.district ? `${notice.district}（${notice.source}）` : notice.source;
	return notice.skipped ? `✗ 未收录 ${who}：${notice.message}` : `⚠ ${who}：${notice.message}`;
}
