package org.lessontool.admin;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.lessontool.tool.KeyRotation;
import org.lessontool.tool.ToolKeys;
import org.lessontool.registration.AdminAudit;
import org.lessontool.registration.OutboundRequests;
import org.lessontool.registration.Platform;
import org.lessontool.registration.PlatformActivity;
import org.lessontool.registration.PlatformAdministration;
import org.lessontool.registration.PlatformForm;
import org.lessontool.registration.Platforms;
import org.lessontool.registration.RegistrationException;
import org.lessontool.tool.ToolEndpoints;
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

	private final Platforms platforms;

	private final ToolEndpoints urls;

	private final ToolKeys keys;

	private final KeyRotation rotation;

	private final AdminAudit audit;

	private final OutboundRequests outbound;

	private final PlatformAdministration administration;

	AdminConsoleController(Platforms platforms, ToolEndpoints urls, ToolKeys keys, KeyRotation rotation,
			AdminAudit audit, OutboundRequests outbound, PlatformAdministration administration) {
		this.administration = administration;
		this.outbound = outbound;
		this.platforms = platforms;
		this.urls = urls;
		this.keys = keys;
		this.rotation = rotation;
		this.audit = audit;
	}

	@GetMapping("/admin")
	String console(HttpServletRequest request, Model model) {
		List<PlatformRow> rows = this.platforms.findAll()
			.stream()
			.map((platform) -> new PlatformRow(platform, this.platforms.deployments(platform.id()),
					this.platforms.activity(platform.id())))
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

	@GetMapping("/admin/platforms/new")
	String newPlatform(Model model) {
		model.addAttribute("form", PlatformForm.empty());
		return "admin/platform-form";
	}

	@PostMapping("/admin/platforms")
	String addPlatform(PlatformForm form, Principal admin, Model model) {
		List<String> problems = this.administration.add(form, admin.getName());
		if (!problems.isEmpty()) {
			model.addAttribute("form", form);
			model.addAttribute("problems", problems);
			return "admin/platform-form";
		}
		return "redirect:/admin";
	}

	@GetMapping("/admin/platforms/{id}/edit")
	String editPlatform(@PathVariable String id, Model model) {
		Platform platform = this.platforms.findById(id)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND, "No platform has that id."));
		model.addAttribute("platformId", id);
		model.addAttribute("form",
				new PlatformForm(platform.issuer(), platform.clientId(), platform.authorizationEndpoint(),
						platform.tokenEndpoint(), platform.jwksUrl(), platform.tokenAudience(),
						String.join(", ", this.platforms.deployments(id)), platform.deploymentPolicy().name(),
						String.join(" ", platform.frameAncestors())));
		return "admin/platform-form";
	}

	@PostMapping("/admin/platforms/{id}")
	String updatePlatform(@PathVariable String id, PlatformForm form, Principal admin, Model model) {
		List<String> problems = this.administration.update(id, form, admin.getName());
		if (!problems.isEmpty()) {
			model.addAttribute("platformId", id);
			model.addAttribute("form", form);
			model.addAttribute("problems", problems);
			return "admin/platform-form";
		}
		return "redirect:/admin";
	}

	/**
	 * Fetches the platform's keyset and says in plain words whether launches can be
	 * verified.
	 */
	@PostMapping("/admin/platforms/{id}/check")
	String check(@PathVariable String id, HttpServletRequest request, Model model) {
		this.platforms.findById(id).ifPresent((platform) -> {
			String result;
			try {
				OutboundRequests.Response response = this.outbound.get(platform.jwksUrl(), null);
				int keys = response.ok() ? com.nimbusds.jose.jwk.JWKSet.parse(response.body()).getKeys().size() : -1;
				result = (keys > 0)
						? "The keyset of " + platform.issuer() + " answers with " + keys
								+ " key(s): launches can be verified."
						: "The keyset of " + platform.issuer() + " answered HTTP " + response.status()
								+ " with no keys.";
			}
			catch (RegistrationException | java.text.ParseException ex) {
				result = "The keyset of " + platform.issuer() + " could not be read: " + ex.getMessage();
			}
			model.addAttribute("checkResult", result);
		});
		return console(request, model);
	}

	@PostMapping("/admin/platforms/{id}/approve")
	String approve(@PathVariable String id, Principal admin) {
		return setStatus(id, Platform.Status.ACTIVE, "approve platform", admin);
	}

	@PostMapping("/admin/platforms/{id}/disable")
	String disable(@PathVariable String id, Principal admin) {
		return setStatus(id, Platform.Status.DISABLED, "disable platform", admin);
	}

	/** Removing a platform deletes its data: the admin sees what goes, and confirms. */
	@GetMapping("/admin/platforms/{id}/remove")
	String confirmRemoval(@PathVariable String id, Model model) {
		return this.platforms.findById(id).map((platform) -> {
			model.addAttribute("platform", platform);
			return "admin/remove-platform";
		}).orElse("redirect:/admin");
	}

	@PostMapping("/admin/platforms/{id}/remove")
	String remove(@PathVariable String id,
			@org.springframework.web.bind.annotation.RequestParam(name = "confirm", required = false) String confirm,
			Principal admin, Model model) {
		if (!this.administration.remove(id, confirm, admin.getName())) {
			model.addAttribute("problem", "Type the platform's client id exactly to confirm.");
			return confirmRemoval(id, model);
		}
		return "redirect:/admin";
	}

	@PostMapping("/admin/keys/rotate")
	String rotate(Principal admin) {
		String kid = this.rotation.rotateNow();
		this.audit.record(admin.getName(), "rotate keys", "next key " + kid + " published");
		return "redirect:/admin";
	}

	private String setStatus(String id, Platform.Status status, String action, Principal admin) {
		this.administration.setStatus(id, status, admin.getName());
		return "redirect:/admin";
	}

	/**
	 * A platform with its deployments.
	 *
	 * @param platform the platform
	 * @param deployments its deployment ids
	 * @param activity its last launch and last refused launch
	 */
	record PlatformRow(Platform platform, List<String> deployments, PlatformActivity activity) {
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
