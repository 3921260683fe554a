// The new-tab path of a launch whose browser keeps no cookie in the LMS's frame (lti-checklist S-01).
// Where the browser has the Storage Access API, the student may instead let the frame keep the sign-in,
// and the launch starts again here.
(function () {
	'use strict';
	var framed = window.top !== window;
	document.getElementById('already-top').hidden = framed;
	var button = document.getElementById('storage-access-request');
	if (!framed || !button || typeof document.requestStorageAccess !== 'function'
			|| typeof document.hasStorageAccess !== 'function') {
		return;
	}
	document.hasStorageAccess().then(function (has) {
		document.getElementById('storage-access').hidden = has;
	});
	button.addEventListener('click', function () {
		document.requestStorageAccess().then(function () {
			window.location.assign(button.getAttribute('data-relaunch'));
		}, function () {
			document.getElementById('storage-access-refused').hidden = false;
		});
	});
})();
