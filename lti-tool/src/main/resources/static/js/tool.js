// Progressive enhancement only: every page works without this script.
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
