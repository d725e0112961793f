import { hash, verify } from "@node-rs/argon2";
import { env } from "@/lib/env";

// OWASP's argon2id baseline: m=19 MiB, t=2, p=1. Algorithm 2 = Argon2id.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random string: verifying against it costs as much as a real one, so unknown emails take as long as wrong passwords. */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummyHash;
}

export type PasswordProblem = "tooShort" | "tooLong" | "tooFewClasses";

export function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** Returns the rules the password breaks (empty when it is acceptable). */
export function checkPasswordPolicy(password: string): PasswordProblem[] {
  const { PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES } = env();
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push("tooShort");
  if (password.length > 256) problems.push("tooLong");
  if (characterClasses(password) < PASSWORD_MIN_CLASSES) problems.push("tooFewClasses");
  return problems;
}
