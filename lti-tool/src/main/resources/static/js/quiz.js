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
