package org.lessontool.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.demo.*}. The demo LMS and the tool run in one process but
 * on two host names, so the lesson's iframe is truly cross-site, as in a real LMS.
 *
 * @param platformUrl the demo LMS's base URL (its issuer is this plus {@code /demo})
 * @param toolUrl the tool's base URL as the demo LMS calls it
 * @param clientId the client id the demo gave the tool
 * @param deploymentId the demo's one deployment
 * @param schoolUrl a second host name for the course page, where the demo plays cloud
 * Canvas: course pages on the school's site, issuer, sign-in and keys on a shared one
 * (lti-checklist CV-02)
 */
@ConfigurationProperties("lti.demo")
public record DemoSettings(@DefaultValue("http://127.0.0.1:8080") String platformUrl,
		@DefaultValue("http://localhost:8080") String toolUrl, @DefaultValue("demo-tool") String clientId,
		@DefaultValue("demo-deployment") String deploymentId,
		@DefaultValue("http://school.localhost:8080") String schoolUrl) {

	String issuer() {
		return this.platformUrl + "/demo";
	}

	/** The return URL of a launch from the course page on that host. */
	String courseUrl(boolean schoolSite) {
		return (schoolSite ? this.schoolUrl : this.platformUrl) + "/demo";
	}

	String redirectUri() {
		return this.toolUrl + "/lti/launch";
	}

}
