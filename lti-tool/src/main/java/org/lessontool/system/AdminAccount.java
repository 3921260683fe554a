package org.lessontool.system;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The admin user {@code admin}. On first start it gets {@code LTI_ADMIN_PASSWORD}, or a
 * generated password printed once to the log; only its bcrypt hash is stored.
 */
@Component
class AdminAccount implements InitializingBean {

	static final String USERNAME = "admin";

	private static final Logger logger = LoggerFactory.getLogger(AdminAccount.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	AdminAccount(JdbcClient jdbc, PasswordEncoder encoder, @Value("${lti.admin.password:}") String configuredPassword) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void afterPropertiesSet() {
		if (passwordHash().isPresent()) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? random(18) : this.configuredPassword;
		try {
			this.jdbc
				.sql("insert into admin_account (username, password_hash, session_secret, created_at) "
						+ "values (:u, :p, :s, :now)")
				.param("u", USERNAME)
				.param("p", this.encoder.encode(password))
				.param("s", random(32))
				.param("now", OffsetDateTime.now(ZoneOffset.UTC))
				.update();
			if (generated) {
				logger
					.warn("The admin console's user is '{}' with the generated password {} . It is shown only this once; "
							+ "set LTI_ADMIN_PASSWORD to choose your own before the first start (with the embedded database, "
							+ "stop the tool and delete ./data to start over).", USERNAME, password);
			}
		}
		catch (DuplicateKeyException ex) {
			// another replica created the account first
		}
	}

	Optional<String> passwordHash() {
		return this.jdbc.sql("select password_hash from admin_account where username = :u")
			.param("u", USERNAME)
			.query(String.class)
			.optional();
	}

	String sessionSecret() {
		return this.jdbc.sql("select session_secret from admin_account where username = :u")
			.param("u", USERNAME)
			.query(String.class)
			.single();
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		new SecureRandom().nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
