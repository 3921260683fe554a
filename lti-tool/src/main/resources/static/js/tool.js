// Progressive enhancement only: every page works without this script.
(function () {
	'use strict';
	// lti-checklist CV-12: Canvas sizes the tool's frame to the height the page posts (lti.frameResize);
	// LMSs that do not know the message ignore it. The height is the page's own, never the frame's.
	if (window.parent !== window) {
		var lastHeight = 0;
		var postHeight = function () {
			var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
			if (height !== lastHeight) {
				lastHeight = height;
				window.parent.postMessage({ subject: 'lti.frameResize', height: height }, '*');
			}
		};
		postHeight();
		if (window.ResizeObserver) {
			new ResizeObserver(function () { window.requestAnimationFrame(postHeight); }).observe(document.body);
		}
	}
	// Deep Linking 2.0 (lti-checklist D-08): the signed answer goes back to the LMS in the same frame.
	var autosubmit = document.querySelector('form[data-autosubmit]');
	if (autosubmit) {
		autosubmit.submit();
		return;
	}
	// issue 16: a key term in the text shows its definition in place, by keyboard and touch alike;
	// without this script the link leads to the glossary entry.
	var openTerm = null;
	var closeTerm = function () {
		if (openTerm) {
			openTerm.link.setAttribute('aria-expanded', 'false');
			openTerm.box.remove();
			openTerm = null;
		}
	};
	Array.prototype.forEach.call(document.querySelectorAll('a.term[href^="#term-"]'), function (link) {
		var entry = document.getElementById(link.getAttribute('href').substring(1));
		var definition = entry && entry.nextElementSibling && entry.nextElementSibling.querySelector('span');
		if (!definition) { return; }
		link.setAttribute('aria-expanded', 'false');
		link.addEventListener('click', function (event) {
			event.preventDefault();
			var same = openTerm && openTerm.link === link;
			closeTerm();
			if (same) { return; }
			var box = document.createElement('span');
			box.className = 'term-definition';
			box.setAttribute('role', 'note');
			var name = document.createElement('strong');
			name.textContent = entry.textContent + ': ';
			box.appendChild(name);
			box.appendChild(document.createTextNode(definition.textContent + ' '));
			var more = document.createElement('a');
			more.href = link.getAttribute('href');
			more.textContent = 'In the key terms';
			box.appendChild(more);
			link.after(box);
			link.setAttribute('aria-expanded', 'true');
			openTerm = { link: link, box: box };
		});
	});
	document.addEventListener('keydown', function (event) {
		if (event.key === 'Escape' && openTerm) {
			var link = openTerm.link;
			closeTerm();
			link.focus();
		}
	});

	// A launched page carries its launch token and CSRF token for the requests below.
	var main = document.querySelector('main[data-launch-token]');
	var launchHeaders = function () {
		return {
			'Content-Type': 'application/json',
			'Accept': 'application/json',
			'X-Launch-Token': main.getAttribute('data-launch-token'),
			'X-CSRF-Token': main.getAttribute('data-csrf')
		};
	};

	// The result page follows its grade from "sending" to the gradebook without a reload; without
	// this script its "Check again" button asks once more.
	var gradeStatus = document.querySelector('#grade-status[data-poll]:not([data-poll=""])');
	if (gradeStatus && main && window.fetch) {
		var polls = 0;
		var check = document.getElementById('grade-check');
		var poll = function () {
			polls++;
			fetch(gradeStatus.getAttribute('data-poll'), { method: 'POST', headers: launchHeaders(), body: '{}' })
				.then(function (response) { return response.ok ? response.json() : null; })
				.then(function (status) {
					if (status) {
						document.getElementById('grade-status-text').textContent = status.text;
						gradeStatus.setAttribute('data-state', status.state);
					}
					if (status && !status.pending) {
						if (check) { check.hidden = true; }
					} else if (polls < 90) {
						window.setTimeout(poll, polls < 10 ? 1500 : 5000);
					}
				})
				.catch(function () {
					if (polls < 90) { window.setTimeout(poll, 5000); }
				});
		};
		window.setTimeout(poll, 1000);
	}

	// The tutor answers in place: the question goes to /tutor/answers as JSON, and the answer is built
	// with textContent only, so nothing a student typed or the lesson says is ever parsed as HTML.
	var tutorForm = document.querySelector('main[data-launch-token] form[data-tutor-form]');
	var tutorAnswer = document.getElementById('tutor-answer');
	if (tutorForm && tutorAnswer && window.fetch) {
		var headers = launchHeaders;
		var element = function (tag, text, className) {
			var node = document.createElement(tag);
			if (text) { node.textContent = text; }
			if (className) { node.className = className; }
			return node;
		};
		var ask = function (question) {
			tutorAnswer.textContent = 'Looking in the lesson…';
			fetch('/tutor/answers', { method: 'POST', headers: headers(), body: JSON.stringify({ question: question }) })
				.then(function (response) {
					return response.json().then(function (body) { return { ok: response.ok, body: body }; });
				})
				.then(function (result) {
					tutorAnswer.textContent = '';
					var body = result.body;
					if (!result.ok) {
						tutorAnswer.appendChild(element('p', body.message || 'The tutor could not answer just now.', 'notice'));
						return;
					}
					tutorAnswer.appendChild(element('p', '“' + body.question + '”', 'tutor-question'));
					tutorAnswer.appendChild(element('p', body.intro, 'tutor-intro'));
					body.passages.forEach(function (passage) {
						var quote = element('blockquote', null, 'tutor-passage');
						if (passage.source === 'glossary') {
							quote.appendChild(element('p', "From the tool's glossary", 'tutor-source muted small'));
						}
						quote.appendChild(element('p', passage.text));
						var link = element('a', 'Read it in ' + passage.sectionTitle);
						link.href = '#' + passage.anchor;
						var line = element('p');
						line.appendChild(link);
						quote.appendChild(line);
						tutorAnswer.appendChild(quote);
					});
					if (body.suggestions.length) {
						var list = element('ul', null, 'tutor-suggestions');
						body.suggestions.forEach(function (suggestion) {
							var item = element('li');
							var button = element('button', suggestion, 'link-button');
							button.type = 'button';
							button.addEventListener('click', function () {
								tutorForm.querySelector('textarea').value = suggestion;
								ask(suggestion);
							});
							item.appendChild(button);
							list.appendChild(item);
						});
						tutorAnswer.appendChild(list);
					}
				})
				.catch(function () {
					tutorAnswer.textContent = 'The tutor could not be reached. Check your connection and ask again.';
				});
		};
		tutorForm.addEventListener('submit', function (event) {
			event.preventDefault();
			var question = tutorForm.querySelector('textarea').value;
			if (question.trim()) { ask(question); }
		});
	}
	// Records each section the student reads, so progress follows their LMS account to any device. A
	// section counts once its end has been on screen, or once it has filled most of the screen for a
	// while: a section taller than the screen (a phone) can never be mostly visible at once.
	if (main && 'IntersectionObserver' in window && window.fetch) {
		var DWELL_MS = 12000;
		var sent = {};
		var timers = {};
		var record = function (id) {
			if (sent[id]) {
				return;
			}
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
		};
		var ends = new IntersectionObserver(function (entries) {
			entries.forEach(function (entry) {
				if (entry.isIntersecting) {
					record(entry.target.getAttribute('data-section-end'));
				}
			});
		});
		var dwell = new IntersectionObserver(function (entries) {
			entries.forEach(function (entry) {
				var id = entry.target.id;
				// a frame the LMS sizes to the page (lti.frameResize) is as tall as the page; the
				// screen is what the student sees
				var screenHeight = Math.min(window.innerHeight, (window.screen && window.screen.height) || window.innerHeight);
				var filling = entry.intersectionRect.height >= 0.6 * screenHeight || entry.intersectionRatio >= 0.99;
				if (filling && !timers[id]) {
					timers[id] = setTimeout(function () { record(id); }, DWELL_MS);
				} else if (!filling && timers[id]) {
					clearTimeout(timers[id]);
					timers[id] = null;
				}
			});
		}, { threshold: [0, 0.2, 0.4, 0.6, 0.8, 0.99] });
		Array.prototype.forEach.call(document.querySelectorAll('section.section'), function (section) {
			var end = document.createElement('span');
			end.className = 'section-end';
			end.setAttribute('aria-hidden', 'true');
			end.setAttribute('data-section-end', section.id);
			section.appendChild(end);
			ends.observe(end);
			dwell.observe(section);
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
