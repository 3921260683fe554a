// LTI platform storage (lti-checklist S-02 to S-06): keeps the login's state and nonce in the LMS
// window when the tool's cookies may be blocked, and reads them back at launch.
(function () {
	'use strict';
	var el = document.getElementById('lti-storage');
	if (!el || !window.parent || window.parent === window && !window.opener) {
		return;
	}
	var origin = el.getAttribute('data-origin');
	var targetName = el.getAttribute('data-target');
	var target = storageWindow(targetName);
	var TIMEOUT_MS = 2000; // S-02: some platforms never answer (Canvas mobile)

	function storageWindow(name) {
		var parent = window.opener || window.parent;
		if (name === '_parent') {
			return parent;
		}
		try {
			return parent.frames[name] || parent; // S-03: a named frame of the platform
		} catch (e) {
			return parent;
		}
	}

	function randomId() {
		var bytes = new Uint8Array(16);
		window.crypto.getRandomValues(bytes);
		return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
	}

	// S-04: answers count only from the platform's origin, with our message id and the response subject
	function send(message) {
		return new Promise(function (resolve) {
			var id = randomId();
			var timer = setTimeout(function () { finish(null); }, TIMEOUT_MS);
			function finish(value) {
				clearTimeout(timer);
				window.removeEventListener('message', onMessage);
				resolve(value);
			}
			function onMessage(event) {
				var data = event.data;
				if (event.origin !== origin || !data || data.message_id !== id
						|| data.subject !== message.subject + '.response') {
					return;
				}
				finish(data.error ? null : data);
			}
			window.addEventListener('message', onMessage);
			message.message_id = id;
			target.postMessage(message, origin);
		});
	}

	var state = el.getAttribute('data-state');
	var nonce = el.getAttribute('data-nonce');
	if (el.getAttribute('data-mode') === 'login') {
		// S-05: store both, then go on to the platform whatever happened (the cookie may still work)
		Promise.all([
			send({ subject: 'lti.put_data', key: 'lti_state_' + state, value: state }),
			send({ subject: 'lti.put_data', key: 'lti_nonce_' + nonce, value: nonce })
		]).then(function () {
			window.location.assign(el.getAttribute('data-next'));
		});
	} else {
		// S-06: read both back; only a match confirms this browser started the login
		Promise.all([
			send({ subject: 'lti.get_data', key: 'lti_state_' + state }),
			send({ subject: 'lti.get_data', key: 'lti_nonce_' + nonce })
		]).then(function (answers) {
			if (answers[0] && answers[1] && answers[0].value === state && answers[1].value === nonce) {
				document.getElementById('lti-storage-confirm').submit();
			} else {
				document.getElementById('lti-storage-failed').hidden = false;
			}
		});
	}
})();
