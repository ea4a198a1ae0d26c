import type { HoldBack } from '../../core/content-scope.ts';
import { isVisibleIn } from '../../core/settings.ts';

/** Internal entries (`visibility: internal`) exist only in the intranet build. */
export const internalEntries: HoldBack = ({ data }, profile) =>
	isVisibleIn(profile, data['visibility'] === 'internal' ? 'internal' : 'public')
		? undefined
		: '内部条目（visibility: internal），只在内网版';
