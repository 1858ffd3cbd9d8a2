package io.cselocal.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.WebUtils;

/**
 * A request to the emulated API with its body already read (chunked or not), presented to Spring as JSON whatever
 * Content-Type and Accept the client sent. The original headers stay readable for signature checks.
 */
public final class ApiRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	ApiRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/** The API request behind a possibly wrapped servlet request, if the body filter saw it. */
	public static @Nullable ApiRequest unwrap(HttpServletRequest request) {
		return WebUtils.getNativeRequest(request, ApiRequest.class);
	}

	/** The body bytes as they arrived, after de-chunking. */
	public byte[] body() {
		return this.body;
	}

	/** A header exactly as the client sent it. */
	public @Nullable String originalHeader(String name) {
		return ((HttpServletRequest) getRequest()).getHeader(name);
	}

	@Override
	public String getContentType() {
		return MediaType.APPLICATION_JSON_VALUE;
	}

	@Override
	public @Nullable String getHeader(String name) {
		return isNegotiated(name) ? MediaType.APPLICATION_JSON_VALUE : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return isNegotiated(name) ? Collections.enumeration(java.util.List.of(MediaType.APPLICATION_JSON_VALUE))
				: super.getHeaders(name);
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body has already been read");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

	private static boolean isNegotiated(String name) {
		return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.ACCEPT.equalsIgnoreCase(name);
	}

}
