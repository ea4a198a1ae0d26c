/** What the figures page reads, loaded once per build. */
import { published, taxonomy } from '../../core/content.ts';
import { figuresPage } from './figures-page.ts';

export async function figuresPageData() {
	const [figures, bases, levels] = await Promise.all([
		published('figures'),
		published('bases'),
		taxonomy('levels'),
	]);
	return figuresPage(
		figures.map((figure) => figure.data),
		bases,
		levels,
	);
}
