// The header's script, the only one on content pages. Large-text and high-contrast modes (适老化):
// loaded in <head> before the page is drawn, so a remembered choice applies without a flash; the
// toggle buttons stay hidden when JS is off, where the browser's own zoom and contrast settings
// still work. The menu (a <details> that opens without JS) closes on Escape, returning the focus
// to its button, and when the reader clicks or moves the focus outside it.
(function () {
	var root = document.documentElement;
	var modes = {
		textSize: { value: 'large', key: 'tongxin:text-size' },
		contrast: { value: 'high', key: 'tongxin:contrast' },
	};
	function remembered(key) {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	}
	function remember(key, value) {
		try {
			if (value) localStorage.setItem(key, value);
			else localStorage.removeItem(key);
		} catch {
			// Private windows may refuse storage; the mode then lasts for this page only.
		}
	}
	Object.keys(modes).forEach(function (name) {
		if (remembered(modes[name].key) === modes[name].value) root.dataset[name] = modes[name].value;
	});
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('[data-display-toggle]').forEach(function (button) {
			var name = button.getAttribute('data-display-toggle');
			var mode = modes[name];
			if (!mode) return;
			function sync() {
				button.setAttribute('aria-pressed', String(root.dataset[name] === mode.value));
			}
			button.hidden = false;
			sync();
			button.addEventListener('click', function () {
				if (root.dataset[name] === mode.value) delete root.dataset[name];
				else root.dataset[name] = mode.value;
				remember(mode.key, root.dataset[name]);
				sync();
			});
		});
		var menu = document.querySelector('[data-site-menu]');
		if (!menu) return;
		var summary = menu.querySelector('summary');
		// On a wide screen the menu stands open without its button; nothing to close then.
		function closable() {
			return menu.open && summary.offsetParent !== null;
		}
		menu.addEventListener('keydown', function (event) {
			if (event.key === 'Escape' && closable()) {
				menu.open = false;
				summary.focus();
			}
		});
		document.addEventListener('click', function (event) {
			if (closable() && !menu.contains(event.target)) menu.open = false;
		});
		menu.addEventListener('focusout', function (event) {
			if (closable() && event.relatedTarget && !menu.contains(event.relatedTarget))
				menu.open = false;
		});
	});
})();
