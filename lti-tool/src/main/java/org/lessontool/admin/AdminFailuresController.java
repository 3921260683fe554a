package org.lessontool.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin console's list of refused launches, with their reasons. */
@Controller
class AdminFailuresController {

	private final LaunchFailures failures;

	AdminFailuresController(LaunchFailures failures) {
		this.failures = failures;
	}

	@GetMapping("/admin/failures")
	String failures(Model model) {
		model.addAttribute("failures", this.failures.recent(100));
		return "admin/failures";
	}

}
