/**
 * The picture names a `<Gallery pictures="…">` lists: separated by spaces or commas (Chinese or
 * Latin), in order, each once. An empty list means every picture of the story.
 */
export function pictureNames(list: string | undefined): string[] {
	return [...new Set((list ?? '').split(/[\s,，、]+/).filter(Boolean))];
}

/** The pictures of a story a gallery shows, in the order named (all of them when none is named). */
export function picturesNamed<P>(
	pictures: Readonly<Record<string, P>>,
	list: string | undefined,
): { name: string; picture: P }[] {
	const names = pictureNames(list);
	const chosen = names.length > 0 ? names : Object.keys(pictures);
	return chosen.map((name) => {
		const picture = pictures[name];
		if (!picture) throw new Error(missingPictureMessage(name, Object.keys(pictures)));
		return { name, picture };
	});
}

/** The message for a picture name the story's `pictures` does not define. */
export function missingPictureMessage(name: string, known: readonly string[]): string {
	return `图片“${name}”没有在字段区的 pictures 中定义${known.length > 0 ? `（已有：${known.join('、')}）` : '（pictures 为空）'}。请先在 pictures 下添加它，写明 src 和 alt。`;
}
