package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a student's login and launch make at most three database round trips, and the
 * lesson page one more to read the student's progress and notes (fourteen in all before
 * issue 19). Counted by a proxy around the tool's data source on the request threads: the
 * background workers' statements, such as the course-member roll-up, are not the
 * launch's.
 */
@ToolTest
@Import(LaunchStatementsTests.Counting.class)
class LaunchStatementsTests {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	/** The statements the request threads ran, in order. */
	static final List<String> statements = new CopyOnWriteArrayList<>();

	@LocalServerPort
	int port;

	@Test
	void aLoginAndALaunchTakeAtMostThreeStatementsAndTheLessonPageOneRead() {
		launch("statements-warm-up");
		statements.clear();
		HttpResponse<String> page = launch("statements-student");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("AI and Why Companies");
		String all = String.join("\n", statements);
		assertThat(statements.stream().filter((sql) -> sql.contains("section_progress"))).as(all).hasSize(1);
		assertThat(statements.stream().filter((sql) -> !sql.contains("section_progress"))).as(all)
			.hasSizeLessThanOrEqualTo(3);
	}

	private HttpResponse<String> launch(String subject) {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		java.util.Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		claims.put("sub", subject);
		return browser.launch(platform.sign(claims), login);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource source)) {
						return bean;
					}
					return ProxyDataSourceBuilder.create(source).listener(new QueryExecutionListener() {
						@Override
						public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
						}

						@Override
						public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
							if (Thread.currentThread().getName().startsWith("http-nio")) {
								statements.add(queries.get(0).getQuery().replaceAll("\\s+", " "));
							}
						}
					}).build();
				}
			};
		}

	}

}
