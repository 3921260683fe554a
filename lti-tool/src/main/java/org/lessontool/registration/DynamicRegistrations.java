package org.lessontool.registration;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.lessontool.support.ErrorWords;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.tool.ToolEndpoints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * LTI Dynamic Registration 1.0 on the tool's side (lti-checklist ): read the
 * platform's configuration, post the tool's registration, and keep the platform that
 * results.
 */
@Service
class DynamicRegistrations {

	/**
	 * CV-01, CV-02: cloud Canvas serves its configuration from the shared sign-in site,
	 * not from the issuer's host.
	 */
	private static final java.util.Map<String, String> CANVAS_CLOUD = java.util.Map.of("https://canvas.instructure.com",
			"https://sso.canvaslms.com", "https://canvas.beta.instructure.com", "https://sso.beta.canvaslms.com",
			"https://canvas.test.instructure.com", "https://sso.test.canvaslms.com");

	/**
	 * The URL is the issuer or lies under it: "http://h:900" is not a prefix of
	 * "http://h:9009/…" in this sense.
	 */
	static boolean belongsTo(String url, String issuer) {
		if (CANVAS_CLOUD.containsKey(issuer) && url.startsWith(CANVAS_CLOUD.get(issuer) + "/")) {
			return true;
		}
		String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
		if (!url.startsWith(base)) {
			return false;
		}
		String rest = url.substring(base.length());
		return rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?");
	}

	private static final Logger logger = LoggerFactory.getLogger(DynamicRegistrations.class);

	static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

	private final OutboundRequests outbound;

	private final PlatformRepository platforms;

	private final ToolEndpoints urls;

	private final RegistrationSettings settings;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final AdminAudit audit;

	DynamicRegistrations(OutboundRequests outbound, PlatformRepository platforms, ToolEndpoints urls,
			RegistrationSettings settings, JsonMapper json, ApplicationEventPublisher events, AdminAudit audit) {
		this.events = events;
		this.audit = audit;
		this.outbound = outbound;
		this.platforms = platforms;
		this.urls = urls;
		this.settings = settings;
		this.json = json;
	}

	/**
	 * @param framers told each LMS origin the registration names as it learns them, so
	 * the page (and its error) may be shown in the LMS's frame (CV-11, M-09)
	 */
	Registered register(String configurationUrl, String registrationToken, HttpServletRequest request,
			Consumer<String> framers) {
		framers.accept(configurationUrl);
		// issue 15: the token travels in an Authorization header; CR/LF or other control
		// characters there are an attack, not a token (RFC 6750 section 2.1)
		if (registrationToken != null && !registrationToken.isEmpty()
				&& !registrationToken.matches("[\\x21-\\x7E]{1,4096}")) {
			throw new RegistrationException(
					"the registration_token is not a valid token; start the registration " + "again from the LMS");
		}
		// issue 15, item 6: anyone may start a registration, so the queue an admin
		// reviews
		// is bounded
		if (!this.settings.registration().autoApprove()
				&& this.platforms.countPending() >= this.settings.registration().maxPending()) {
			throw new RegistrationException("the tool already has " + this.settings.registration().maxPending()
					+ " registrations waiting for its admin's approval; ask the tool's admin to review them first",
					org.springframework.http.HttpStatus.TOO_MANY_REQUESTS);
		}
		// the configuration, with the registration token as Bearer (Canvas requires
		// it)
		OutboundRequests.Response response = this.outbound.get(configurationUrl, registrationToken);
		if (!response.ok()) {
			throw new RegistrationException(
					"the LMS did not give its configuration (HTTP " + response.status() + ")" + detail(response));
		}
		JsonNode configuration = parse(response.body(), "configuration");
		String issuer = required(configuration, "issuer");
		framers.accept(issuer);
		if (configuration.path("registration_endpoint").isString()) {
			framers.accept(configuration.get("registration_endpoint").asString());
		}
		// the configuration URL must belong to the issuer
		if (this.settings.registration().strictIssuer() && !belongsTo(configurationUrl, issuer)) {
			throw new RegistrationException(
					"the LMS's issuer " + issuer + " does not match its configuration URL " + configurationUrl);
		}
		String authorization = checked(configuration, "authorization_endpoint");
		String token = checked(configuration, "token_endpoint");
		String jwks = checked(configuration, "jwks_uri");
		String registrationEndpoint = checked(configuration, "registration_endpoint");
		requireListed(configuration, "token_endpoint_auth_methods_supported", "private_key_jwt");
		requireListed(configuration, "id_token_signing_alg_values_supported", "RS256");
		// the tool's registration
		OutboundRequests.Response registered = this.outbound.postJson(registrationEndpoint, registrationToken,
				this.json.writeValueAsString(registration(configuration, request)));
		if (!registered.ok()) {
			if (registered.status() == 401 || registered.body().contains("token")) {
				throw new RegistrationException(
						"the registration link has expired or was used already (HTTP " + registered.status() + ")"
								+ detail(registered) + ". Start the registration again in your LMS");
			}
			throw new RegistrationException(
					"the LMS refused the registration (HTTP " + registered.status() + ")" + detail(registered));
		}
		JsonNode answer = parse(registered.body(), "registration response");
		String clientId = required(answer, "client_id");
		JsonNode toolConfiguration = answer.path(TOOL_CONFIGURATION);
		String deploymentId = toolConfiguration.path("deployment_id").isValueNode()
				? toolConfiguration.path("deployment_id").asString() : null;
		// never the same (issuer, client_id) twice
		if (this.platforms.find(issuer, clientId).isPresent()) {
			throw new RegistrationException("the tool is already registered with " + issuer + " as client " + clientId);
		}
		Platform.Status status = this.settings.registration().autoApprove() ? Platform.Status.ACTIVE
				: Platform.Status.PENDING;
		// R-06, C-04: without a deployment id the first launch tells it
		Platform.DeploymentPolicy policy = (deploymentId != null) ? Platform.DeploymentPolicy.STRICT
				: Platform.DeploymentPolicy.ACCEPT_NEW;
		// CV-09: the client assertion's aud is the token endpoint; Canvas's
		// authorization_server is a bare host name it does not accept as aud
		String id = this.platforms.save(new Platform(Platform.UNSAVED, issuer, clientId, authorization, token, jwks,
				null, policy, status, List.of()));
		if (deploymentId != null) {
			this.platforms.addDeployment(id, deploymentId, "ACTIVE");
		}
		this.audit.record("dynamic registration", "register platform", issuer + " client " + clientId + ", " + status);
		this.events.publishEvent(new PlatformRegistered(issuer, clientId));
		logger.info("Registered dynamically with {} as client {} (deployment {}), {}", Untrusted.bounded(issuer),
				Untrusted.bounded(clientId), (deploymentId != null) ? deploymentId : "learned at first launch", status);
		String product = configuration.path("https://purl.imsglobal.org/spec/lti-platform-configuration")
			.path("product_family_code")
			.asString("");
		return new Registered(issuer, clientId, deploymentId, status, product);
	}

	private Map<String, Object> registration(JsonNode configuration, HttpServletRequest request) {
		String launch = this.urls.launch(request);
		List<String> scopes = new ArrayList<>(CanvasConfigController.SCOPES);
		JsonNode supported = configuration.path("scopes_supported");
		if (supported.isArray()) {
			scopes.removeIf((scope) -> supported.valueStream().noneMatch((s) -> scope.equals(s.asString())));
		}
		Map<String, Object> tool = new LinkedHashMap<>();
		tool.put("domain", this.urls.domain(request));
		tool.put("target_link_uri", launch);
		tool.put("description", ToolDescription.DESCRIPTION);
		tool.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
		tool.put("messages", List.of(
				Map.of("type", "LtiResourceLinkRequest", "target_link_uri", launch, "label", ToolDescription.TITLE),
				Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", launch, "label", "Add lesson 964",
						"placements", List.of("ContentArea", "https://canvas.instructure.com/lti/link_selection",
								"https://canvas.instructure.com/lti/assignment_selection"))));
		tool.put("https://canvas.instructure.com/lti/privacy_level", "public");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("application_type", "web");
		body.put("response_types", List.of("id_token"));
		body.put("grant_types", List.of("implicit", "client_credentials"));
		body.put("initiate_login_uri", this.urls.login(request));
		body.put("redirect_uris", List.of(launch));
		body.put("client_name", ToolDescription.TITLE);
		body.put("jwks_uri", this.urls.jwks(request));
		body.put("token_endpoint_auth_method", "private_key_jwt");
		body.put("scope", String.join(" ", scopes));
		body.put(TOOL_CONFIGURATION, tool);
		return body;
	}

	private String checked(JsonNode configuration, String field) {
		return this.outbound.check(required(configuration, field)).toString();
	}

	private JsonNode parse(String body, String what) {
		try {
			JsonNode node = this.json.readTree(body);
			if (node == null || !node.isObject()) {
				throw new RegistrationException("the LMS's " + what + " is not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new RegistrationException("the LMS's " + what + " is not JSON");
		}
	}

	private static String required(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isValueNode() || value.asString().isBlank()) {
			throw new RegistrationException("the LMS's answer has no " + field);
		}
		return value.asString();
	}

	private static void requireListed(JsonNode configuration, String field, String value) {
		JsonNode list = configuration.get(field);
		if (list != null && list.isArray() && list.valueStream().noneMatch((item) -> value.equals(item.asString()))) {
			throw new RegistrationException("the LMS does not support " + value + " (" + field + ")");
		}
	}

	/**
	 * R-08 with issue 15, item 5: the page shows only a JSON error's words; the whole
	 * answer goes to the log for the operator.
	 */
	private static String detail(OutboundRequests.Response response) {
		if (!response.body().isBlank()) {
			logger.info("A dynamic registration was refused with HTTP {}: {}", response.status(),
					Untrusted.bounded(response.body()));
		}
		return ErrorWords.of(response.body()).map((words) -> ": " + words).orElse("");
	}

	/**
	 * A platform registered dynamically.
	 *
	 * @param issuer its issuer
	 * @param clientId the client id it gave the tool
	 * @param deploymentId the deployment, if it said
	 * @param status active, or pending an admin's approval
	 * @param productFamily the LMS product, such as moodle or canvas
	 */
	record Registered(String issuer, String clientId, @Nullable String deploymentId, Platform.Status status,
			String productFamily) {
	}

}
