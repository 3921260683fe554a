package org.lessontool.system;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Creates an admin API token from the console and shows it once. */
@Controller
class AdminApiTokenController {

	private final AdminApiTokens tokens;

	AdminApiTokenController(AdminApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/admin/api-tokens")
	String create(@RequestParam(name = "label", defaultValue = "automation") String label, Principal admin,
			Model model) {
		model.addAttribute("token", this.tokens.create(label.isBlank() ? "automation" : label.strip()));
		model.addAttribute("label", label);
		return "admin/api-token";
	}

}
