package org.lessontool.tool;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.tool.*}.
 *
 * @param url the tool's public base URL, such as {@code https://lessons.example.org} or,
 * served under a path, {@code https://host/lessons}; empty takes it from the request
 * (behind a proxy, only with trusted forwarded headers)
 */
@ConfigurationProperties("lti.tool")
public record ToolSettings(@DefaultValue("") String url) {

}
