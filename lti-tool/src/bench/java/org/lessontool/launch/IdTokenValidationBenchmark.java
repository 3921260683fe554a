package org.lessontool.launch;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.lessontool.LessonToolApplication;
import org.lessontool.registration.Platform;
import org.lessontool.registration.Platforms;
import org.lessontool.test.TestPlatform;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 17 id_token rules on a valid RS256 token with the platform's key set already cached
 * (warm JWKS), including the nonce's single-use insert into the database (H2 in memory
 * here). Tokens are signed ahead, outside the measurement: each is valid once, so one
 * measured operation is a batch of {@value #PER_ITERATION} validations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = IdTokenValidationBenchmark.PER_ITERATION)
@Measurement(iterations = 5, batchSize = IdTokenValidationBenchmark.PER_ITERATION)
public class IdTokenValidationBenchmark {

	static final int PER_ITERATION = 5_000;

	TestPlatform platform;

	ConfigurableApplicationContext context;

	IdTokenValidator validator;

	Platform registered;

	final Deque<Object[]> tokens = new ArrayDeque<>();

	@Setup(Level.Trial)
	public void start() {
		this.platform = new TestPlatform();
		this.context = new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
			.properties(Map.of("server.port", "0", "logging.level.root", "WARN", "lti.platforms[0].issuer",
					this.platform.issuer(), "lti.platforms[0].client-id", TestPlatform.CLIENT_ID,
					"lti.platforms[0].authorization-endpoint", this.platform.authorizationEndpoint(),
					"lti.platforms[0].token-endpoint", this.platform.tokenEndpoint(), "lti.platforms[0].jwks-url",
					this.platform.jwksUrl(), "lti.platforms[0].deployment-ids[0]", TestPlatform.DEPLOYMENT_ID))
			.run();
		this.validator = this.context.getBean(IdTokenValidator.class);
		this.registered = this.context.getBean(Platforms.class)
			.find(this.platform.issuer(), TestPlatform.CLIENT_ID)
			.orElseThrow();
	}

	@Setup(Level.Iteration)
	public void signAhead() {
		this.tokens.clear();
		for (int i = 0; i < PER_ITERATION; i++) {
			String nonce = UUID.randomUUID().toString();
			LoginState login = new LoginState(UUID.randomUUID().toString(), nonce, this.registered.id(),
					"http://localhost/lti/launch", TestPlatform.DEPLOYMENT_ID, null,
					OffsetDateTime.now().plusMinutes(5), null);
			String token = this.platform.sign(this.platform.studentClaims(nonce, "http://localhost/lti/launch"));
			this.tokens.add(new Object[] { token, login });
		}
	}

	@Benchmark
	public VerifiedIdToken validate() {
		Object[] next = this.tokens.poll();
		if (next == null) {
			throw new IllegalStateException("signed too few tokens ahead; lower the iteration time");
		}
		return this.validator.validate((String) next[0], this.registered, (LoginState) next[1]);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
		this.platform.close();
	}

}
