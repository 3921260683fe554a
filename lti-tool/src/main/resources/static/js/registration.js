// LTI Dynamic Registration (lti-checklist R-07): tells the LMS the registration window may close.
(function () {
	'use strict';
	function close() {
		var target = window.opener || window.parent;
		if (target && target !== window) {
			target.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
		}
	}
	var button = document.getElementById('registration-close');
	if (button) {
		button.addEventListener('click', close);
	}
	close();
})();
