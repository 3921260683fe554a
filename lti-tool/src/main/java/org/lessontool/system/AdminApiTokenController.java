package org.lessontool.system;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin's API tokens (issue 15, item 7): created with a lifetime and shown once,
 * listed with when each was last used, and revoked.
 */
@Controller
class AdminApiTokenController {

	private static final Logger logger = LoggerFactory.getLogger(AdminApiTokenController.class);

	private final AdminApiTokens tokens;

	private final Clock clock;

	AdminApiTokenController(AdminApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/admin/api-tokens")
	String list(Model model) {
		model.addAttribute("tokens", this.tokens.list());
		model.addAttribute("now", OffsetDateTime.now(this.clock));
		model.addAttribute("maxDays", AdminApiTokens.MAX_DAYS);
		return "admin/api-tokens";
	}

	@PostMapping("/admin/api-tokens")
	String create(@RequestParam(name = "label", defaultValue = "automation") String label,
			@RequestParam(name = "days", defaultValue = "90") String days, Model model) {
		if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1
				|| Integer.parseInt(days) > AdminApiTokens.MAX_DAYS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"a token lasts 1 to " + AdminApiTokens.MAX_DAYS + " days");
		}
		String name = label.isBlank() ? "automation" : label.strip();
		model.addAttribute("token", this.tokens.create(name, Integer.parseInt(days)));
		model.addAttribute("label", name);
		model.addAttribute("days", Integer.parseInt(days));
		logger.info("Admin API token created for '{}', lasting {} days", name.replaceAll("\\p{Cntrl}", " "), days);
		return "admin/api-token";
	}

	@PostMapping("/admin/api-tokens/{id}/revoke")
	String revoke(@PathVariable("id") String id) {
		if (!this.tokens.revoke(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no active token with that id");
		}
		logger.info("Admin API token {} revoked", id);
		return "redirect:/admin/api-tokens?revoked";
	}

}
