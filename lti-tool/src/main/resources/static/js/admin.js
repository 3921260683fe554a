// Copy buttons for the values an LMS admin pastes; without JavaScript the values can be selected.
(function () {
	'use strict';
	if (!navigator.clipboard) {
		return;
	}
	Array.prototype.forEach.call(document.querySelectorAll('button.copy[data-copy]'), function (button) {
		button.hidden = false;
		button.addEventListener('click', function () {
			navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
				button.textContent = 'Copied';
			});
		});
	});
})();
