package org.lessontool.registration;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lessontool.keys.KeyRotation;
import org.lessontool.keys.ToolKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The admin console: the platforms the tool trusts with their deployments, approval of
 * pending ones, the tool's values to paste into an LMS, and its keys. Every change goes
 * to the audit log.
 */
@Controller
class AdminConsoleController {

	private final PlatformRepository platforms;

	private final ToolUrls urls;

	private final ToolKeys keys;

	private final KeyRotation rotation;

	private final AdminAudit audit;

	private final ApplicationEventPublisher events;

	AdminConsoleController(PlatformRepository platforms, ToolUrls urls, ToolKeys keys, KeyRotation rotation,
			AdminAudit audit, ApplicationEventPublisher events) {
		this.platforms = platforms;
		this.urls = urls;
		this.keys = keys;
		this.rotation = rotation;
		this.audit = audit;
		this.events = events;
	}

	@GetMapping("/admin")
	String console(HttpServletRequest request, Model model) {
		List<PlatformRow> rows = this.platforms.findAll()
			.stream()
			.map((platform) -> new PlatformRow(platform, this.platforms.deployments(platform.id())))
			.toList();
		model.addAttribute("platforms", rows);
		model.addAttribute("values",
				List.of(new ToolValue("Login (OIDC initiation) URL", this.urls.login(request)),
						new ToolValue("Redirect URI / target link URI", this.urls.launch(request)),
						new ToolValue("Deep linking URL", this.urls.launch(request)),
						new ToolValue("Public keyset (JWKS) URL", this.urls.jwks(request)),
						new ToolValue("Dynamic registration URL", this.urls.base(request) + "/lti/register"),
						new ToolValue("Canvas configuration URL", this.urls.base(request) + "/lti/canvas.json")));
		model.addAttribute("keys", this.keys.all());
		model.addAttribute("audit", this.audit.recent(20));
		return "admin/console";
	}

	@PostMapping("/admin/platforms/{id}/approve")
	String approve(@PathVariable String id, Principal admin) {
		return setStatus(id, Platform.Status.ACTIVE, "approve platform", admin);
	}

	@PostMapping("/admin/platforms/{id}/disable")
	String disable(@PathVariable String id, Principal admin) {
		return setStatus(id, Platform.Status.DISABLED, "disable platform", admin);
	}

	@PostMapping("/admin/keys/rotate")
	String rotate(Principal admin) {
		String kid = this.rotation.rotateNow();
		this.audit.record(admin.getName(), "rotate keys", "next key " + kid + " published");
		return "redirect:/admin";
	}

	private String setStatus(String id, Platform.Status status, String action, Principal admin) {
		this.platforms.findById(id).ifPresent((platform) -> {
			this.platforms.setStatus(id, status);
			this.audit.record(admin.getName(), action, platform.issuer() + " client " + platform.clientId());
			this.events.publishEvent(new PlatformRegistered(platform.issuer(), platform.clientId()));
		});
		return "redirect:/admin";
	}

	/**
	 * A platform with its deployments.
	 *
	 * @param platform the platform
	 * @param deployments its deployment ids
	 */
	record PlatformRow(Platform platform, List<String> deployments) {
	}

	/**
	 * A value an LMS admin pastes into the LMS.
	 *
	 * @param label what the LMS calls it
	 * @param value the URL
	 */
	record ToolValue(String label, String value) {
	}

}
