package org.lessontool.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The admin console's login page. */
@Controller
class AdminLoginController {

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

	/**
	 * Issue 15, item 7: too many wrong passwords from this address; the status is 429.
	 */
	@RequestMapping("/admin/login/locked")
	String locked(Model model) {
		model.addAttribute("locked", true);
		return "admin/login";
	}

}
