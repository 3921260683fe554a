package org.lessontool.demo;

import java.net.URI;
import java.time.Instant;
import java.util.Date;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jwt.JWTClaimsSet;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo LMS's pages: a course with the lesson in an iframe, and the OIDC authorization
 * endpoint that answers the tool's login with a signed id_token, through the browser as a
 * real LMS does.
 */
@Controller
@Profile("default | demo")
class DemoLmsController {

	static final String RESOURCE_LINK_ID = "demo-link-964";

	static final String FORWARDING_FRAME = "post_message_forwarding";

	private final DemoSettings settings;

	private final DemoKeys keys;

	private final DemoGradebook gradebook;

	private final DemoRegistrations registrations;

	private final DemoActivities activities;

	DemoLmsController(DemoSettings settings, DemoKeys keys, DemoGradebook gradebook, DemoRegistrations registrations,
			DemoActivities activities) {
		this.settings = settings;
		this.keys = keys;
		this.gradebook = gradebook;
		this.registrations = registrations;
		this.activities = activities;
	}

	@GetMapping("/")
	String home() {
		return "redirect:" + this.settings.platformUrl() + "/demo";
	}

	@GetMapping("/demo")
	String course(@RequestParam(name = "storage", defaultValue = "off") String storage,
			@RequestParam(name = "activity", defaultValue = RESOURCE_LINK_ID) String activityId,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		boolean schoolSite = URI.create(this.settings.schoolUrl()).getHost().equalsIgnoreCase(request.getServerName());
		String platformHost = URI.create(this.settings.platformUrl()).getHost();
		if (!schoolSite && !platformHost.equalsIgnoreCase(request.getServerName())) {
			// the LMS and the tool must be on different sites, as in real life
			return "redirect:" + this.settings.platformUrl() + "/demo" + ("on".equals(storage) ? "?storage=on" : "");
		}
		DemoPolicy.allowTool(response, this.settings);
		// CV-03: Canvas always names its forwarding frame; the other layout lets the
		// visitor choose between Canvas's storage and Moodle's none
		String storageTarget = schoolSite ? FORWARDING_FRAME : "on".equals(storage) ? "_parent" : null;
		DemoActivities.Activity activity = this.activities.find(activityId).orElse(DemoActivities.STARTER);
		model.addAttribute("activities", this.activities.all());
		model.addAttribute("activity", activity);
		model.addAttribute("launches",
				DemoUser.ALL.stream()
					.map((user) -> launch(user, storageTarget,
							hint(user, schoolSite).claim("resource_link", activity.resourceLinkId())))
					.toList());
		DemoUser teacher = DemoUser.ALL.stream().filter(DemoUser::teacher).findFirst().orElseThrow();
		// Deep Linking 2.0: the teacher's "add an activity" opens the tool's picker
		model.addAttribute("addActivity",
				launch(teacher, storageTarget, hint(teacher, schoolSite).claim("message", DemoIdTokens.DEEP_LINKING)));
		model.addAttribute("platformStorage", storageTarget != null);
		model.addAttribute("schoolSite", schoolSite);
		model.addAttribute("schoolUrl", this.settings.schoolUrl());
		model.addAttribute("platformUrl", this.settings.platformUrl());
		model.addAttribute("toolOrigin", this.settings.toolUrl());
		return "demo/course";
	}

	/**
	 * Canvas's hidden frame on the shared site that keeps platform storage for the tool
	 * (fixtures/canvas: post_message_forwarding).
	 */
	@GetMapping("/demo/post-message-forwarding")
	String postMessageForwarding(HttpServletResponse response, Model model) {
		DemoPolicy.allowTool(response, this.settings);
		model.addAttribute("toolOrigin", this.settings.toolUrl());
		return "demo/post-message-forwarding";
	}

	/**
	 * The demo admin registers the tool by dynamic registration, as in Moodle's "Manage
	 * tools".
	 */
	@GetMapping("/demo/register-tool")
	String registerTool(HttpServletResponse response, Model model) {
		DemoPolicy.allowTool(response, this.settings);
		model.addAttribute("registrationUrl",
				this.settings.toolUrl() + "/lti/register?openid_configuration="
						+ java.net.URLEncoder.encode(this.settings.issuer() + "/.well-known/openid-configuration",
								java.nio.charset.StandardCharsets.UTF_8)
						+ "&registration_token=" + this.registrations.newToken());
		model.addAttribute("current", this.registrations.current());
		model.addAttribute("toolOrigin", this.settings.toolUrl());
		return "demo/register-tool";
	}

	@GetMapping("/demo/gradebook")
	String gradebook(HttpServletResponse response, Model model) {
		DemoPolicy.allowTool(response, this.settings);
		model.addAttribute("gradebook", this.gradebook.read());
		return "demo/gradebook";
	}

	private static JWTClaimsSet.Builder hint(DemoUser user, boolean schoolSite) {
		return new JWTClaimsSet.Builder().subject(user.id())
			.claim(DemoIdTokens.SCHOOL_SITE, schoolSite)
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)));
	}

	private DemoLaunch launch(DemoUser user, String storageTarget, JWTClaimsSet.Builder claims) {
		String hint = this.keys.sign(claims.build());
		DemoRegistrations.Client client = this.registrations.current();
		return new DemoLaunch(user, this.settings.toolUrl() + "/lti/login", this.settings.issuer(),
				this.settings.redirectUri(), hint, client.clientId(), client.deploymentId(), storageTarget);
	}

	/**
	 * One launch button of the course page: the form a real LMS posts to the tool's login
	 * URL.
	 *
	 * @param user who launches
	 * @param loginUrl the tool's login initiation URL
	 * @param issuer the demo's issuer
	 * @param targetLinkUri where the launch should land
	 * @param messageHint the demo's signed hint, passed back untouched by the tool
	 * @param clientId the tool's client id
	 * @param deploymentId the deployment
	 * @param storageTarget the frame keeping platform storage, when the course page
	 * offers it
	 */
	record DemoLaunch(DemoUser user, String loginUrl, String issuer, String targetLinkUri, String messageHint,
			String clientId, String deploymentId, String storageTarget) {
	}

}
