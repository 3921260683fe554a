package org.lessontool.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin console's login page. */
@Controller
class AdminLoginController {

	@GetMapping("/admin/login")
	String login() {
		return "admin/login";
	}

}
