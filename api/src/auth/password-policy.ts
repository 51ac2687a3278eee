export const MIN_PASSWORD_LENGTH = 10;

/** Passwords that appear at the top of every breached-password list (lower-cased). */
const COMMON_PASSWORDS = new Set([
  '123456789', '1234567890', '12345678910', 'password', 'password1', 'password12', 'password123', 'password1234',
  'qwertyuiop', 'qwerty1234', 'qwerty12345', '1q2w3e4r5t', '1qaz2wsx3edc', 'iloveyou12', 'abcdefghij', 'abc1234567',
  'aaaaaaaaaa', '0000000000', '1111111111', '9876543210', 'football123', 'baseball123', 'welcome123', 'welcome1234',
  'letmein123', 'admin12345', 'administrator', 'changeme123', 'sunshine123', 'princess123', 'dragon1234',
  'monkey1234', 'trustno1234', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'zaq12wsxcde', 'asdfghjkl1', 'asdfghjkl;',
  'mentalhealth', 'reformroadmap', 'community123', 'ministry123', 'computer123', 'internet123', 'superman123',
  'michael123', 'jennifer123', 'starwars123', 'whatever123', 'freedom123', 'qwertyqwerty', 'passwordpassword',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (password.length > 200) return 'password must be at most 200 characters long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) return 'password is one of the most common passwords; choose another';
  if (email && lower.includes(email.split('@')[0].toLowerCase()) && email.split('@')[0].length >= 4) {
    return 'password must not contain your email address';
  }
  return null;
}

