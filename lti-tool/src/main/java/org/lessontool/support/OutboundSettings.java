package org.lessontool.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.outbound.*}.
 *
 * @param publicOnly calls may reach only public addresses; unset, it follows
 * {@code lti.require-https}
 * @param deadline the overall deadline of a registration call (dynamic registration, a
 * keyset check)
 */
@ConfigurationProperties("lti.outbound")
public record OutboundSettings(Boolean publicOnly, @DefaultValue("10s") Duration deadline) {

}
