package io.cselocal.fault;

/**
 * The reproducible coin of probability rules: whether the {@code n}-th call a rule matches is hit depends only on
 * the rule's seed and {@code n} (SplitMix64), so the same rule gives the same outcomes on every run.
 */
final class Chance {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private Chance() {
	}

	/** Whether match number {@code n} (from 1) of a rule with this seed is hit, with probability {@code p}. */
	static boolean hit(long seed, long n, double p) {
		return uniform(seed, n) < p;
	}

	/** A number in [0, 1), the same for the same seed and n. */
	static double uniform(long seed, long n) {
		return (mix(seed + n * GOLDEN_GAMMA) >>> 11) * 0x1.0p-53;
	}

	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
