package org.lessontool.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.require-https}.
 *
 * @param requireHttps lti-checklist C-03: every URL exchanged with a platform is HTTPS,
 * and the admin's cookie is always Secure (on in {@code prod})
 */
@ConfigurationProperties("lti")
public record HttpsSettings(@DefaultValue("false") boolean requireHttps) {

}
