// The demo LMS's scripts: it answers platform-storage messages from the lesson frame (as Canvas
// does), and submits the authorization response as LMSs do. Everything also works by clicking.
(function () {
	'use strict';
	var response = document.getElementById('demo-auth-response');
	if (response) {
		response.submit();
		return;
	}
	var registration = document.querySelector('[data-registration-origin]');
	if (registration) {
		// LTI Dynamic Registration 1.0, section 3.6: the tool's window says when it is done
		window.addEventListener('message', function (event) {
			if (event.origin === registration.getAttribute('data-registration-origin') && event.data
					&& event.data.subject === 'org.imsglobal.lti.close') {
				document.getElementById('registration-closed').hidden = false;
			}
		});
		return;
	}
	var main = document.querySelector('[data-tool-origin]');
	if (!main) {
		return;
	}
	var toolOrigin = main.getAttribute('data-tool-origin');
	var store = {};
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== toolOrigin || !data || typeof data.subject !== 'string') {
			return;
		}
		var frame = document.getElementById('lesson-frame');
		if (data.subject === 'lti.frameResize') {
			// as Canvas does: the frame takes the height the tool's page asks for, within bounds
			if (frame && event.source === frame.contentWindow && typeof data.height === 'number') {
				var border = frame.offsetHeight - frame.clientHeight;
				frame.style.height = Math.min(Math.max(data.height, 320), 20000) + border + 'px';
			}
			return;
		}
		var answer = { subject: data.subject + '.response', message_id: data.message_id };
		if (data.subject === 'lti.capabilities') {
			answer.supported_messages = [{ subject: 'lti.put_data' }, { subject: 'lti.get_data' }];
		} else if (data.subject === 'lti.put_data') {
			store[toolOrigin + '|' + data.key] = data.value;
			answer.key = data.key;
			answer.value = data.value;
		} else if (data.subject === 'lti.get_data') {
			answer.key = data.key;
			answer.value = store[toolOrigin + '|' + data.key];
		} else {
			answer.error = { code: 'unsupported_subject', message: 'Not supported by the demo LMS' };
		}
		event.source.postMessage(answer, event.origin);
	});
})();
