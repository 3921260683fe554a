// Progressive enhancement only: every page works without this script.
(function () {
	'use strict';
	// Deep Linking 2.0 (lti-checklist D-08): the signed answer goes back to the LMS in the same frame.
	var autosubmit = document.querySelector('form[data-autosubmit]');
	if (autosubmit) {
		autosubmit.submit();
		return;
	}
	// Records each section the student reads, so progress follows their LMS account to any device.
	var main = document.querySelector('main[data-launch-token]');
	if (main && 'IntersectionObserver' in window && window.fetch) {
		var sent = {};
		var reader = new IntersectionObserver(function (entries) {
			entries.forEach(function (entry) {
				var id = entry.target.id;
				if (entry.isIntersecting && !sent[id]) {
					sent[id] = true;
					fetch('/lesson/progress', {
						method: 'POST',
						headers: {
							'Content-Type': 'application/x-www-form-urlencoded',
							'X-Launch-Token': main.getAttribute('data-launch-token'),
							'X-CSRF-Token': main.getAttribute('data-csrf')
						},
						body: 'section=' + encodeURIComponent(id)
					}).catch(function () { sent[id] = false; });
				}
			});
		}, { threshold: 0.4 });
		Array.prototype.forEach.call(document.querySelectorAll('section.section'), function (section) {
			reader.observe(section);
		});
	}
})();

(function () {
	'use strict';
	// Marks the learning-path move for the section being read, for sighted and screen-reader users alike.
	var links = Array.prototype.slice.call(document.querySelectorAll('.path a[href^="#"]'));
	if (!links.length || !('IntersectionObserver' in window)) {
		return;
	}
	var byId = {};
	links.forEach(function (link) { byId[link.getAttribute('href').slice(1)] = link; });
	var observer = new IntersectionObserver(function (entries) {
		entries.forEach(function (entry) {
			var link = byId[entry.target.id];
			if (link && entry.isIntersecting) {
				links.forEach(function (other) { other.removeAttribute('aria-current'); });
				link.setAttribute('aria-current', 'location');
			}
		});
	}, { rootMargin: '0px 0px -60% 0px' });
	Object.keys(byId).forEach(function (id) {
		var section = document.getElementById(id);
		if (section) {
			observer.observe(section);
		}
	});
})();
