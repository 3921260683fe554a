// Enhances the quiz form; without this script the form still submits and scores.
(function () {
	'use strict';
	var form = document.getElementById('quiz-form');
	if (!form) {
		return;
	}
	var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
	var progress = document.getElementById('quiz-progress');
	var key = 'quiz-answers-' + form.getAttribute('data-attempt');

	function answered() {
		return questions.filter(function (q) { return q.querySelector('input:checked'); }).length;
	}

	function update() {
		progress.hidden = false;
		progress.textContent = answered() + ' of ' + questions.length + ' answered';
	}

	// saves answers as the student goes, so a reload in the same tab keeps them
	function save() {
		try {
			var checked = Array.prototype.map.call(form.querySelectorAll('fieldset.question input:checked'),
				function (input) { return input.id; });
			window.sessionStorage.setItem(key, JSON.stringify(checked));
		} catch (e) { /* storage may be blocked in the iframe: the form still works */ }
	}

	try {
		JSON.parse(window.sessionStorage.getItem(key) || '[]').forEach(function (id) {
			var input = document.getElementById(id);
			if (input) { input.checked = true; }
		});
	} catch (e) { /* nothing saved */ }

	// issue 16: on a phone, one question per screen with Previous and Next; the submit button
	// comes with the last question. Wider screens, and browsers without this script, show all.
	var narrow = window.matchMedia ? window.matchMedia('(max-width: 37.5rem)') : null;
	var submit = form.querySelector('button[type=submit]');
	var steps = document.createElement('div');
	steps.className = 'quiz-steps';
	var previous = document.createElement('button');
	previous.type = 'button';
	previous.textContent = 'Previous';
	var next = document.createElement('button');
	next.type = 'button';
	next.className = 'primary';
	next.textContent = 'Next question';
	steps.appendChild(previous);
	steps.appendChild(next);
	questions[questions.length - 1].after(steps);
	var current = 0;

	function show(moved) {
		var stepping = narrow && narrow.matches && questions.length > 1;
		questions.forEach(function (q, i) { q.hidden = stepping && i !== current; });
		steps.hidden = !stepping;
		previous.disabled = current === 0;
		next.hidden = current === questions.length - 1;
		submit.hidden = stepping && current !== questions.length - 1;
		if (stepping && moved) {
			questions[current].setAttribute('tabindex', '-1');
			questions[current].focus();
			questions[current].scrollIntoView({ block: 'start' });
		}
	}
	previous.addEventListener('click', function () { current = Math.max(0, current - 1); show(true); });
	next.addEventListener('click', function () { current = Math.min(questions.length - 1, current + 1); show(true); });
	if (narrow && narrow.addEventListener) { narrow.addEventListener('change', function () { show(false); }); }
	show(false);

	form.addEventListener('change', function () { update(); save(); });
	form.addEventListener('submit', function (event) {
		var left = questions.length - answered();
		if (left > 0 && !window.confirm(left + (left === 1 ? ' question is' : ' questions are')
				+ ' not answered yet. Submit anyway?')) {
			event.preventDefault();
		}
	});
	update();
})();
