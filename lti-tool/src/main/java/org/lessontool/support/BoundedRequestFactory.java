package org.lessontool.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Lets a {@code RestClient} send through a {@link BoundedHttp}, so calls made with
 * Spring's clients (LMS services, the OAuth token client) follow the same outbound policy
 * as every other call. A failure reaches the caller as an {@link IOException} whose cause
 * is the {@link BoundedHttp.Failure}.
 */
public final class BoundedRequestFactory implements ClientHttpRequestFactory {

	private final BoundedHttp http;

	public BoundedRequestFactory(BoundedHttp http) {
		this.http = http;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new Request(uri, method);
	}

	private final class Request extends AbstractClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Request(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected OutputStream getBodyInternal(HttpHeaders headers) {
			return this.body;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers) throws IOException {
			Map<String, List<String>> sent = new LinkedHashMap<>();
			headers.forEach(sent::put);
			try {
				return new Response(BoundedRequestFactory.this.http.send(this.method.name(), this.uri, sent,
						this.body.toByteArray()));
			}
			catch (BoundedHttp.Failure ex) {
				throw new IOException(ex.getMessage(), ex);
			}
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final BoundedHttp.Response response;

		Response(BoundedHttp.Response response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.status());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.headers();
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.response.body());
		}

		@Override
		public void close() {
			// the body was read in full within the deadline
		}

	}

}
