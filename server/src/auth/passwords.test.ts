import { describe, expect, it } from 'vitest';
import { hashPassword, TEST_PASSWORD_PARAMS, verifyPassword } from './passwords';

describe('passwords', () => {
  it('verify the right password and refuse a wrong one', async () => {
    const hash = await hashPassword('correct horse', TEST_PASSWORD_PARAMS);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    await expect(verifyPassword('correct horse', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horsf', hash)).resolves.toBe(false);
  });
  it('salt every hash and treat NFC/NFD spellings alike', async () => {
    const a = await hashPassword('café', TEST_PASSWORD_PARAMS);
    const b = await hashPassword('café', TEST_PASSWORD_PARAMS);
    expect(a).not.toBe(b);
    await expect(verifyPassword('cafe\u0301', a)).resolves.toBe(true);
  });
  it('refuse malformed stored hashes', async () => {
    for (const bad of ['', 'scrypt$x', 'bcrypt$1$2$3$4$5', 'scrypt$a$b$c$d$e']) {
      await expect(verifyPassword('x', bad)).resolves.toBe(false);
    }
  });
});
