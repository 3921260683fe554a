package org.lessontool.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.system.*}.
 *
 * @param frameAncestors origins allowed to frame the tool's pages, besides the tool
 * itself
 */
@ConfigurationProperties("lti.system")
public record SystemSettings(@DefaultValue List<String> frameAncestors) {
}
