package org.lessontool.system;

/**
 * A conservative estimate of how many bits of entropy a secret typed into configuration
 * holds: its length times the bits of the smallest alphabet its characters come from (hex
 * digits, letters and digits, or printable ASCII), and no more than a text with few
 * distinct characters can hold. {@code openssl rand -base64 32} gives about 280 bits; a
 * 32-digit hex string 128.
 */
final class SecretStrength {

	private SecretStrength() {
	}

	static double bits(String secret) {
		if (secret == null || secret.isEmpty()) {
			return 0;
		}
		int alphabet;
		if (secret.matches("[0-9a-f]+") || secret.matches("[0-9A-F]+")) {
			alphabet = 16;
		}
		else if (secret.matches("[0-9a-z]+") || secret.matches("[0-9A-Z]+")) {
			alphabet = 36;
		}
		else if (secret.matches("[0-9A-Za-z]+")) {
			alphabet = 62;
		}
		else {
			alphabet = 94;
		}
		long distinct = secret.chars().distinct().count();
		double perCharacter = Math.log(Math.min(alphabet, Math.max(2, distinct * 2))) / Math.log(2);
		return secret.length() * perCharacter;
	}

}
