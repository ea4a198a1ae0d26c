// Large-text and high-contrast modes (适老化). Loaded in <head> before the page is drawn, so a
// remembered choice applies without a flash; the toggle buttons stay hidden when JS is off,
// where the browser's own zoom and contrast settings still work.
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
	});
})();
