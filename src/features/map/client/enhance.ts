/**
 * The map page's only script, a progressive enhancement: without it the page is complete (map,
 * links, lists). With it, buttons zoom and pan the drawing by its viewBox, and a filter by kind
 * and domain hides sites and announces how many remain. No wheel zoom, no focus trap.
 */

interface View {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Keeps the view inside the drawing and no larger than it. */
export function clampView(view: View, width: number, height: number): View {
	const w = Math.min(view.w, width);
	const h = Math.min(view.h, height);
	return {
		w,
		h,
		x: Math.min(Math.max(view.x, 0), width - w),
		y: Math.min(Math.max(view.y, 0), height - h),
	};
}

function setUpZoom(root: ParentNode): void {
	const viewport = root.querySelector<HTMLElement>('[data-map-viewport]');
	const svg = viewport?.querySelector('svg');
	if (!viewport || !svg) return;
	const width = Number(viewport.dataset['width']);
	const height = Number(viewport.dataset['height']);
	const full: View = { x: 0, y: 0, w: width, h: height };
	let view = full;
	const markers = [...viewport.querySelectorAll<HTMLElement>('li[data-x]')];
	const scaleBar = root.querySelector<HTMLElement>('[data-map-scale]');
	const apply = () => {
		svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
		if (scaleBar)
			scaleBar.style.width = `${(Number(scaleBar.dataset['mapScale']) / view.w) * 100}%`;
		for (const marker of markers) {
			const left = (Number(marker.dataset['x']) - view.x) / view.w;
			const top = (Number(marker.dataset['y']) - view.y) / view.h;
			marker.style.left = `${left * 100}%`;
			marker.style.top = `${top * 100}%`;
			// Markers outside the view leave the tab order too.
			marker.style.visibility = left < 0 || left > 1 || top < 0 || top > 1 ? 'hidden' : '';
		}
	};
	root.querySelectorAll<HTMLButtonElement>('[data-zoom],[data-pan]').forEach((button) => {
		button.addEventListener('click', () => {
			const zoom = button.dataset['zoom'];
			const pan = button.dataset['pan'];
			if (zoom === 'reset') view = full;
			else if (zoom) {
				const factor = Number(zoom);
				const w = Math.max(view.w / factor, width / 8);
				const h = (w * height) / width;
				view = { x: view.x + (view.w - w) / 2, y: view.y + (view.h - h) / 2, w, h };
			} else if (pan) {
				const [dx, dy] = pan.split(',').map(Number) as [number, number];
				view = { ...view, x: view.x + (dx * view.w) / 3, y: view.y + (dy * view.h) / 3 };
			}
			view = clampView(view, width, height);
			apply();
		});
	});
}

function setUpFilter(root: ParentNode): void {
	const form = root.querySelector<HTMLFormElement>('[data-map-filter]');
	const status = root.querySelector<HTMLElement>('[data-map-status]');
	if (!form || !status) return;
	const rows = [...root.querySelectorAll<HTMLElement>('tr[data-site]')];
	const kindLabels = new Map(
		[...form.querySelectorAll<HTMLInputElement>('input[name=kind]')].map((input) => [
			input.value,
			input.dataset['label'] ?? input.value,
		]),
	);
	const update = () => {
		const kinds = new Set(new FormData(form).getAll('kind').map(String));
		const chosen = new FormData(form).get('domain');
		const domain = typeof chosen === 'string' ? chosen : '';
		const shown = new Set<string>();
		const byTown = new Map<string, Map<string, number>>();
		for (const row of rows) {
			const visible =
				kinds.has(row.dataset['kind'] ?? '') &&
				(!domain || (row.dataset['domains'] ?? '').split(' ').includes(domain));
			row.hidden = !visible;
			if (!visible) continue;
			shown.add(`${row.dataset['kind']}/${row.dataset['site']}`);
			const town = byTown.get(row.dataset['town'] ?? '') ?? new Map<string, number>();
			town.set(row.dataset['kind']!, (town.get(row.dataset['kind']!) ?? 0) + 1);
			byTown.set(row.dataset['town'] ?? '', town);
		}
		root.querySelectorAll<HTMLElement>('[data-group]').forEach((group) => {
			group.hidden = !group.querySelector('tr[data-site]:not([hidden])');
		});
		root.querySelectorAll<SVGElement>('.site-dot').forEach((dot) => {
			dot.toggleAttribute('hidden', !shown.has(`${dot.dataset['kind']}/${dot.dataset['site']}`));
		});
		root.querySelectorAll<HTMLElement>('a[data-town]').forEach((marker) => {
			const counts = byTown.get(marker.dataset['town'] ?? '') ?? new Map<string, number>();
			const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
			const count = marker.querySelector('[data-count]');
			const breakdown = marker.querySelector('[data-breakdown]');
			if (count) count.textContent = String(total);
			if (breakdown) {
				const parts = [...kindLabels]
					.filter(([kind]) => counts.get(kind))
					.map(([kind, label]) => `${label} ${counts.get(kind)} 个`);
				breakdown.textContent = breakdown.textContent.replace(
					/^[^（]*/,
					`个站点${parts.length ? `：${parts.join('，')}` : ''}`,
				);
			}
		});
		status.textContent =
			shown.size === rows.length
				? `共 ${rows.length} 个站点`
				: `显示 ${shown.size} 个站点（共 ${rows.length} 个）`;
	};
	form.addEventListener('change', update);
	form.addEventListener('submit', (event) => event.preventDefault());
}

/** Turns on the map page's buttons and filter; before this runs they stay hidden. */
export function enhanceMapPage(root: Document): void {
	setUpZoom(root);
	setUpFilter(root);
	root.querySelector<HTMLElement>('[data-map-tools]')?.removeAttribute('hidden');
}
