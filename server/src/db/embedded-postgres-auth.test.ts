import { describe, expect, it } from 'vitest';
import { hbaTrusts, hbaWithScram, superuserUrl } from './embedded-postgres-auth.js';

// What initdb --auth=trust writes, trimmed.
const TRUST_HBA = `# TYPE  DATABASE        USER            ADDRESS                 METHOD
# "local" is for Unix domain socket connections only; trust, md5 or scram-sha-256
local   all             all                                     trust
host    all             all             127.0.0.1/32            trust
host    replication     all             ::1/128                 trust
`;

describe('pg_hba.conf rules', () => {
  it('finds a rule that trusts, but not the word in a comment', () => {
    expect(hbaTrusts(TRUST_HBA)).toBe(true);
    expect(hbaTrusts('# trust\nhost all all 127.0.0.1/32 scram-sha-256\n')).toBe(false);
  });

  it('turns every trusting rule into scram-sha-256 and keeps comments and columns as they were', () => {
    const scram = hbaWithScram(TRUST_HBA);
    expect(hbaTrusts(scram)).toBe(false);
    expect(scram.split('\n')[1]).toBe(TRUST_HBA.split('\n')[1]);
    expect(scram).toContain('host    all             all             127.0.0.1/32            scram-sha-256\n');
  });

  it('leaves a rule with another method alone', () => {
    expect(hbaWithScram('hostssl all all 10.0.0.0/8 cert\n')).toBe('hostssl all all 10.0.0.0/8 cert\n');
  });
});

describe('superuserUrl', () => {
  it('carries the password for the loopback address', () => {
    expect(superuserUrl('postgres', 'ab12', 54320)).toBe('postgres://postgres:ab12@127.0.0.1:54320/postgres');
  });
});
