/**
 * Passwords people pick first and attackers try first, of 10 characters or more (shorter ones are
 * refused anyway): from the widely published leaked-password top lists, plus this product's own words.
 */
const COMMON = new Set([
  "1234567890", "0123456789", "0987654321", "9876543210", "12345678910", "1234567891", "123456789a",
  "a123456789", "1234567890a", "123123123123", "1234512345", "1122334455", "1111111111", "0000000000",
  "qwertyuiop", "qwertyuiop1", "qwerty1234", "qwerty12345", "qwerty123456", "1q2w3e4r5t", "1q2w3e4r5t6y",
  "q1w2e3r4t5", "q1w2e3r4t5y6", "1qaz2wsx3edc", "zaq12wsxcde3", "zaq1zaq1zaq1", "asdfghjkl1", "asdfghjkl;",
  "zxcvbnm123", "password12", "password123", "password1234", "password12345", "passw0rd123", "p@ssw0rd123",
  "p@ssword123", "pass123456", "passpass123", "changeme123", "welcome123", "welcome1234", "letmein123",
  "iloveyou123", "iloveyou12", "sunshine123", "football123", "baseball123", "princess123", "superman123",
  "dragon1234", "monkey1234", "master1234", "batman1234", "trustno1234", "abc1234567", "abcd123456",
  "abcde12345", "abcdefghij", "abcdefghijk", "administrator", "admin12345", "admin123456", "admin1234567",
  "adminadmin", "rootroot123", "test123456", "testtest123", "user123456", "guest12345", "default123",
  "parking123", "parking1234", "parking12345", "parkingparking", "pelak12345", "pelak123456", "operator123",
  "operator1234", "gate123456", "iran123456", "iran1234567", "tehran1234", "tehran12345", "irani12345",
]);

/** Every character one step from the last, all the same way: aaaaaaaaaa, abcdefghij, 9876543210. */
const isSequence = (value: string) => {
  const step = value.charCodeAt(1) - value.charCodeAt(0);
  return Math.abs(step) <= 1 && [...value].every((ch, i) => i === 0 || ch.charCodeAt(0) - value.charCodeAt(i - 1) === step);
};

/** One character repeated, a straight run (abcdefghij, 9876543210) or a listed common password. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON.has(lower) || isSequence(lower);
}
