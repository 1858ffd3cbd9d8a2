package io.cselocal.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A response that keeps a copy of the first bytes of its body as they are written, so the journal can read the
 * error code of an error answer; the answer itself goes to the client unchanged and unbuffered.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

	private final int limit;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private @Nullable ServletOutputStream stream;

	private @Nullable PrintWriter writer;

	CapturedResponse(HttpServletResponse response, int limit) {
		super(response);
		this.limit = limit;
	}

	/** The first bytes of the body, up to the limit. */
	byte[] head() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.copy.toByteArray();
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new Tee(super.getOutputStream());
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			String charset = getCharacterEncoding();
			this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
					(charset != null) ? java.nio.charset.Charset.forName(charset) : StandardCharsets.UTF_8));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		super.flushBuffer();
	}

	private void keep(byte[] bytes, int offset, int length) {
		int room = this.limit - this.copy.size();
		if (room > 0) {
			this.copy.write(bytes, offset, Math.min(room, length));
		}
	}

	/** Writes through to the client, keeping a copy of the head. */
	private final class Tee extends ServletOutputStream {

		private final ServletOutputStream target;

		Tee(ServletOutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			keep(new byte[] { (byte) b }, 0, 1);
			this.target.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			keep(bytes, offset, length);
			this.target.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.target.flush();
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
