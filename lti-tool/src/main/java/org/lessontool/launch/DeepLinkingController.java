package org.lessontool.launch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Where a validated deep-linking request lands. The picker that answers it belongs to the
 * deeplink module; until it exists, the page says the request arrived and what the
 * teacher can do instead.
 */
@Controller
class DeepLinkingController {

	@RequestMapping(path = "/lti/deep-linking", method = { RequestMethod.GET, RequestMethod.POST })
	String received(LaunchSession session, Model model) {
		model.addAttribute("launchSession", session);
		return "launch/deep-linking";
	}

}
