// The header's script, the only one on content pages. Large-text and high-contrast modes (适老化):
// loaded in <head> before the page is drawn, so a remembered choice applies without a flash; the
// toggle buttons stay hidden when JS is off, where the browser's own zoom and contrast settings
// still work. The search and menu disclosures (<details>, which open without JS) close on Escape,
// returning the focus to their button, and when the reader clicks or moves the focus outside.
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
		// The header's disclosures (搜索, 菜单). On a wide screen they stand open without their
		// buttons, and there is nothing to close.
		var disclosures = Array.prototype.slice.call(
			document.querySelectorAll('[data-header-disclosure]'),
		);
		function closable(details) {
			return details.open && details.querySelector('summary').offsetParent !== null;
		}
		disclosures.forEach(function (details) {
			var summary = details.querySelector('summary');
			details.addEventListener('toggle', function () {
				if (!closable(details)) return;
				// One open at a time; the search box gets the cursor.
				disclosures.forEach(function (other) {
					if (other !== details && closable(other)) other.open = false;
				});
				var input = details.querySelector('input');
				if (input) input.focus();
			});
			details.addEventListener('keydown', function (event) {
				if (event.key === 'Escape' && closable(details)) {
					details.open = false;
					summary.focus();
				}
			});
			details.addEventListener('focusout', function (event) {
				if (closable(details) && event.relatedTarget && !details.contains(event.relatedTarget))
					details.open = false;
			});
		});
		document.addEventListener('click', function (event) {
			disclosures.forEach(function (details) {
				if (closable(details) && !details.contains(event.target)) details.open = false;
			});
		});
	});
})();
