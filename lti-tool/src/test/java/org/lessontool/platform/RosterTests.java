package org.lessontool.platform;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessontool.registration.Platforms;
import org.lessontool.test.DripServer;
import org.lessontool.test.TestAgs;
import org.lessontool.test.TestNrps;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roster client against a test platform over loopback HTTP (lti-checklist N-02 to
 * N-06): paging through lenient Link headers, the cap, the Accept header, the scope and
 * the role filter.
 */
@ToolTest
class RosterTests {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	static final TestPlatform moodle = SharedPlatforms.MOODLE;

	static final TestPlatform canvas = SharedPlatforms.CANVAS;

	@Autowired
	ContextMemberships memberships;

	@Autowired
	Platforms platforms;

	String platformId;

	@Test
	void moodleAndCanvasRostersAreReadThroughTheirOwnTokenRules() {
		// M-07: Moodle labels its token answer text/html; CV-09: Canvas accepts only the
		// token endpoint as the assertion's aud; Canvas pages its roster at 50 members
		for (TestPlatform lms : List.of(moodle, canvas)) {
			String id = this.platforms.find(lms.issuer(), TestPlatform.CLIENT_ID).orElseThrow().id();
			List<String> pageOne = IntStream.rangeClosed(1, 50)
				.mapToObj((n) -> TestNrps.learner("s" + n, "Student " + n, null, "Active"))
				.toList();
			lms.nrps()
				.serve(List.of(TestNrps.page(pageOne),
						TestNrps.page(List.of(TestNrps.learner("s51", null, null, null)))),
						List.of("<" + lms.nrps().pageUrl(2) + ">; rel=\"next\"", ""));
			Roster roster = this.memberships.members(id, lms.nrps().url(), ContextMemberships.LEARNER, true);
			assertThat(roster.members()).hasSize(51);
			assertThat(roster.members().get(50).userId()).isEqualTo("s51");
			assertThat(lms.ags().tokenLog()).hasSize(1);
		}
	}

	@BeforeEach
	void platform() {
		this.platformId = this.platforms.find(platform.issuer(), TestPlatform.CLIENT_ID).orElseThrow().id();
		platform.ags().reset();
	}

	@Test
	void threePagesAreMergedThroughLenientLinkHeaders() {
		// lti-checklist A-22, N-03: the members container is paged through Link headers,
		// with its Accept type
		TestNrps nrps = platform.nrps();
		int before = nrps.requests().size();
		nrps.serve(
				List.of(TestNrps.page(List.of(TestNrps.learner("u1", "Ana", "ana@example.invalid", "Active"),
						TestNrps.learner("u2", null, null, null))),
						TestNrps.page(List.of(TestNrps.learner("u2", null, null, null),
								TestNrps.learner("u3", "Bo", null, "Inactive"))),
						TestNrps.page(List.of(TestNrps.learner("u4", "Cy", null, "Deleted")))),
				List.of("<" + nrps.pageUrl(2) + ">; rel=\"next\"",
						"<" + nrps.url() + ">; rel=first, <" + nrps.pageUrl(3) + ">;REL=Next",
						"<" + nrps.url() + "?since=9>; rel=\"differences\""));
		Roster roster = this.memberships.members(this.platformId, nrps.url(), ContextMemberships.LEARNER, true);
		assertThat(roster.members()).extracting(Member::userId).containsExactly("u1", "u2", "u3", "u4");
		assertThat(roster.members()).extracting(Member::status)
			.containsExactly(Member.Status.ACTIVE, Member.Status.ACTIVE, Member.Status.INACTIVE, Member.Status.DELETED);
		assertThat(roster.members().get(0).email()).isEqualTo("ana@example.invalid");
		assertThat(roster.members().get(1).name()).isNull();
		assertThat(roster.truncated()).isFalse();
		assertThat(roster.differencesUrl()).isEqualTo(nrps.url() + "?since=9");
		List<TestAgs.Recorded> requests = nrps.requests().subList(before, nrps.requests().size());
		assertThat(requests).hasSize(3);
		assertThat(requests).allSatisfy((request) -> {
			assertThat(request.headers().get("accept"))
				.isEqualTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
			assertThat(request.headers().get("authorization")).startsWith("Bearer tok-");
		});
		// N-05: the role filter, URL-encoded
		assertThat(requests.get(0).query())
			.isEqualTo("role=http%3A%2F%2Fpurl.imsglobal.org%2Fvocab%2Flis%2Fv2%2Fmembership%23Learner");
	}

	@Test
	void tokenIsRequestedForExactlyTheMembershipScope() {
		platform.nrps().serve(List.of(TestNrps.page(List.of(TestNrps.learner("u1", "Ana", null, null)))), List.of());
		this.memberships.members(this.platformId, platform.nrps().url() + "?scope-check", null, true);
		List<TestAgs.Recorded> tokens = platform.ags().tokenLog();
		assertThat(tokens.get(tokens.size() - 1).form().get("scope"))
			.isEqualTo("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
	}

	@Test
	void pagingStopsAtTheCap() {
		TestNrps nrps = platform.nrps();
		int pages = 60;
		nrps.serve(
				IntStream.rangeClosed(1, pages)
					.mapToObj((n) -> TestNrps.page(List.of(TestNrps.learner("p" + n, null, null, null))))
					.toList(),
				IntStream.rangeClosed(1, pages).mapToObj((n) -> "<" + nrps.pageUrl(n + 1) + ">; rel=next").toList());
		int before = nrps.requests().size();
		Roster roster = this.memberships.members(this.platformId, nrps.url(), null, true);
		assertThat(roster.truncated()).isTrue();
		assertThat(roster.members()).hasSize(50);
		assertThat(nrps.requests().size() - before).isEqualTo(50);
	}

	@Test
	void nextLinkToAnotherHostIsNotFollowed() {
		TestNrps nrps = platform.nrps();
		nrps.serve(List.of(TestNrps.page(List.of(TestNrps.learner("u1", null, null, null)))),
				List.of("<http://169.254.169.254/latest/meta-data>; rel=\"next\""));
		int before = nrps.requests().size();
		Roster roster = this.memberships.members(this.platformId, nrps.url(), null, true);
		assertThat(roster.members()).hasSize(1);
		assertThat(nrps.requests().size() - before).isEqualTo(1);
	}

	@Test
	void rosterIsCachedUntilRefreshed() {
		TestNrps nrps = platform.nrps();
		nrps.serve(List.of(TestNrps.page(List.of(TestNrps.learner("u1", null, null, null)))), List.of());
		String url = nrps.url() + "?cache-check";
		int before = nrps.requests().size();
		this.memberships.members(this.platformId, url, null, false);
		this.memberships.members(this.platformId, url, null, false);
		assertThat(nrps.requests().size() - before).isEqualTo(1);
		this.memberships.members(this.platformId, url, null, true);
		assertThat(nrps.requests().size() - before).isEqualTo(2);
	}

	@Test
	void unreachableRosterIsAPlatformCallException() {
		assertThatThrownBy(
				() -> this.memberships.members(this.platformId, "http://127.0.0.1:9/memberships", null, true))
			.isInstanceOf(PlatformCallException.class)
			.hasMessageContaining("could not be reached");
	}

	@Test
	void anLmsErrorBodyIsNeverShownBeyondAJsonErrorsWords() {
		// issue 15, item 5: a service URL from an id_token pointing at an internal server
		// must not turn the teacher view into a way to read that server's answers
		try (DripServer internal = new DripServer()) {
			assertThatThrownBy(() -> this.memberships.members(this.platformId, internal.secret(), null, true))
				.isInstanceOf(PlatformCallException.class)
				.hasMessageContaining("the LMS answered 500")
				.hasMessageNotContaining(DripServer.SECRET);
		}
	}

	@Test
	void aNonJsonRosterIsAPlatformCallException() {
		platform.nrps().serve(List.of("<html>not a roster</html>"), List.of(""));
		assertThatThrownBy(() -> this.memberships.members(this.platformId, platform.nrps().url(), null, true))
			.isInstanceOf(PlatformCallException.class)
			.hasMessageContaining("not a membership container");
	}

}
