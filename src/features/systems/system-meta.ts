/** What a template's files say about it besides its body. */
export interface SystemMeta {
	/** The entry's slug, also the downloads' URL name. */
	slug: string;
	title: string;
	issuer: string;
	documentNumber?: string | undefined;
	version: string;
	effective: Date;
}

/** A systems entry as the content layer gives it: slug, front matter and raw Markdown body. */
export interface SystemEntry {
	id: string;
	body?: string | undefined;
	data: Omit<SystemMeta, 'slug'>;
}

/** The meta of a systems entry. */
export function systemMeta(entry: SystemEntry): SystemMeta {
	const { title, issuer, documentNumber, version, effective } = entry.data;
	return { slug: entry.id, title, issuer, documentNumber, version, effective };
}
