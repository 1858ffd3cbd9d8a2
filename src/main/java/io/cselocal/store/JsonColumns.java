package io.cselocal.store;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Reads and writes the JSON text columns of the stores (lists and maps kept with their row). */
@Component
public class JsonColumns {

	private final JsonMapper json;

	JsonColumns(JsonMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		return this.json.writeValueAsString(value);
	}

	public <T> T read(String column, TypeReference<T> type) {
		return this.json.readValue(column, type);
	}

	public <T> T read(String column, Class<T> type) {
		return this.json.readValue(column, type);
	}

}
