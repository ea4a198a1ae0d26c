/**
 * The components a case story's MDX may use, handed to `<Content components={…} />` by the story
 * page, so editors write `<Figure picture="road" />` with no `import` line. Figure and Gallery
 * need the story's own pictures: they are bound here, as functions returning Astro JSX, which the
 * MDX renderer accepts like any component.
 */
import { jsx } from 'astro/jsx-runtime';
import type { Picture } from '../../../core/components/PictureGrid.astro';
import type { CaseComponentName } from '../case-components.ts';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import LinkCard from './LinkCard.astro';
import NumberCallout from './NumberCallout.astro';
import PullQuote from './PullQuote.astro';
import Step from './Step.astro';
import Timeline from './Timeline.astro';

export function caseComponents(
	pictures: Record<string, Picture>,
): Record<CaseComponentName, unknown> {
	return {
		Figure: (props: Record<string, unknown>) => jsx(Figure, { ...props, pictures }),
		Gallery: (props: Record<string, unknown>) => jsx(Gallery, { ...props, casePictures: pictures }),
		PullQuote,
		NumberCallout,
		Timeline,
		Step,
		LinkCard,
	};
}
