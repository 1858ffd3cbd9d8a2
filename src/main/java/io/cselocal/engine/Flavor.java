package io.cselocal.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The engine flavors of the CSE API (enum F1 of the SDK), with the spec type each belongs to and the limits an
 * engine of that flavor reports.
 */
public enum Flavor {

	S1_SMALL2("cse.s1.small2", SpecType.CSE2, "High availability, 100 microservice instances", 100),
	S1_MEDIUM2("cse.s1.medium2", SpecType.CSE2, "High availability, 200 microservice instances", 200),
	S1_LARGE2("cse.s1.large2", SpecType.CSE2, "High availability, 500 microservice instances", 500),
	S1_XLARGE2("cse.s1.xlarge2", SpecType.CSE2, "High availability, 2000 microservice instances", 2000),
	NACOS2_LARGE_10("cse.nacos2.c1.large.10", SpecType.Nacos2, "Nacos, 1000 microservice instances", 1000),
	NACOS2_XLARGE_20("cse.nacos2.c1.xlarge.20", SpecType.Nacos2, "Nacos, 2000 microservice instances", 2000),
	NACOS2_XLARGE_50("cse.nacos2.c1.xlarge.50", SpecType.Nacos2, "Nacos, 5000 microservice instances", 5000),
	NACOS2_XLARGE_60("cse.nacos2.c1.xlarge.60", SpecType.Nacos2, "Nacos, 6000 microservice instances", 6000),
	NACOS2_2XLARGE_100("cse.nacos2.c1.2xlarge.100", SpecType.Nacos2, "Nacos, 10000 microservice instances", 10000),
	GATEWAY_SMALL("cse.microgateway.pro.small.1", SpecType.MicroGateway, "Microservice gateway, professional, small",
			100),
	GATEWAY_MEDIUM("cse.microgateway.pro.medium.1", SpecType.MicroGateway,
			"Microservice gateway, professional, medium", 200),
	GATEWAY_LARGE("cse.microgateway.pro.large.1", SpecType.MicroGateway, "Microservice gateway, professional, large",
			500);

	private final String id;

	private final SpecType specType;

	private final String description;

	private final int instanceLimit;

	Flavor(String id, SpecType specType, String description, int instanceLimit) {
		this.id = id;
		this.specType = specType;
		this.description = description;
		this.instanceLimit = instanceLimit;
	}

	public static Optional<Flavor> find(String id) {
		return Arrays.stream(values()).filter((flavor) -> flavor.id.equals(id)).findFirst();
	}

	public String id() {
		return this.id;
	}

	public SpecType specType() {
		return this.specType;
	}

	public String description() {
		return this.description;
	}

	/** How many microservice instances an engine of this flavor holds. */
	public int instanceLimit() {
		return this.instanceLimit;
	}

	/** How many microservices an engine of this flavor holds. */
	public int serviceLimit() {
		return this.instanceLimit;
	}

	/** Whether this flavor holds more instances than {@code other}, which makes a resize to it a scale-out. */
	public boolean isLargerThan(Flavor other) {
		return this.instanceLimit > other.instanceLimit;
	}

	/** The spec types of the CSE API; the constants are the wire values. */
	public enum SpecType {

		CSE2("CSE", "CSE", "2-4,4-8,8-16", "false", "s,c,t"), Nacos2("NACOS", "Nacos", "2-4,4-8", "false", "s,c"),
		MicroGateway("MICROGATEWAY", "MicroGateway", "", "true", "");

		private final String engineType;

		private final String listType;

		private final String availableCpuMemory;

		private final String linear;

		private final String availablePrefix;

		SpecType(String engineType, String listType, String availableCpuMemory, String linear,
				String availablePrefix) {
			this.engineType = engineType;
			this.listType = listType;
			this.availableCpuMemory = availableCpuMemory;
			this.linear = linear;
			this.availablePrefix = availablePrefix;
		}

		public static Optional<SpecType> find(String name) {
			return Arrays.stream(values()).filter((type) -> type.name().equals(name)).findFirst();
		}

		/** The {@code type} ShowEngine reports for an engine of this spec type. */
		public String engineType() {
			return this.engineType;
		}

		/** The value of ListEngines' {@code type} query that selects engines of this spec type. */
		public String listType() {
			return this.listType;
		}

		/** CPU/memory ranges the nodes of this spec type may have, as ListFlavors shows them. */
		public String availableCpuMemory() {
			return this.availableCpuMemory;
		}

		/** Whether the spec scales linearly, as the string ListFlavors shows. */
		public String linear() {
			return this.linear;
		}

		/** Node flavor name prefixes, as ListFlavors shows them. */
		public String availablePrefix() {
			return this.availablePrefix;
		}

	}

}
