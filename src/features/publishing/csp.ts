/**
 * The Content-Security-Policy every page is built for. Scripts and stylesheets come only from the
 * site itself, as files: no inline script, no `<style>` element, no eval. Style attributes are
 * allowed (`style-src-attr`): the map places its markers with positions computed at build time,
 * and an attribute can set a colour or a position but never run code. The search page alone may
 * compile WebAssembly (Pagefind), which `wasm-unsafe-eval` allows without allowing `eval`.
 */
export function contentSecurityPolicy({ wasm = false }: { wasm?: boolean } = {}): string {
	return [
		"default-src 'self'",
		`script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
		"style-src 'self'",
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * The same policy for an HTTP header, which can also forbid framing by other sites (a `<meta>`
 * policy cannot). The nginx sample sends this one.
 */
export function contentSecurityPolicyHeader(options: { wasm?: boolean } = {}): string {
	return `${contentSecurityPolicy(options)}; frame-ancestors 'self'`;
}
