// LTI Dynamic Registration (lti-checklist R-07, CV-11, M-09): tells the LMS its registration window may
// close. After a registration the LMS is told at once (Moodle then lists the tool, Canvas's wizard goes
// on); after a failure only when the admin has read why and chooses to close.
(function () {
	'use strict';
	function close() {
		var target = window.opener || window.parent;
		if (target && target !== window) {
			target.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
		}
	}
	var button = document.getElementById('registration-close');
	if (!button) {
		return;
	}
	button.addEventListener('click', close);
	if (button.getAttribute('data-close') === 'auto') {
		close();
	}
})();
