import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '@tessera/core/contract';
import { SIGN_IN_LIMITS } from '../src/services/signInLimit.ts';
import { Client, problemOf, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** A browser behind a reverse proxy that reports its address as `address` (the test server trusts a proxy on the loopback). */
async function browserAt(address: string) {
  const client = new Client(server.url);
  await client.init();
  const signIn = (email: string, password: string) => client.send('POST', api.session(), { email, password }, { headers: { 'x-forwarded-for': address } });
  return { client, signIn };
}

/** How many answers had each status. */
function tally(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const res of responses) counts[res.status] = (counts[res.status] ?? 0) + 1;
  return counts;
}

describe('the sign-in limit, under parallel attempts', () => {
  it('checks at most the limit of 100 parallel wrong passwords for one account, refuses the rest, then refuses the right password too', async () => {
    const { email, password } = server.accounts.translator;
    const attacker = await browserAt('198.51.100.7');
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => attacker.signIn(email, `wrong password ${i}`)));
    // Every attempt past the limit was refused before its password was checked: only checked ones answer 401.
    expect(tally(answers)).toEqual({ 401: SIGN_IN_LIMITS.email, 429: 100 - SIGN_IN_LIMITS.email });
    const refused = answers.find((res) => res.status === 429)!;
    expect((await problemOf(refused)).code).toBe('auth.rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);

    // The account's owner, from anywhere, waits for the window to end, even with the right password.
    for (const address of ['198.51.100.7', '192.0.2.44']) {
      const owner = await browserAt(address);
      const res = await owner.signIn(email, password);
      expect(res.status).toBe(429);
      expect(owner.client.cookie('tessera_session')).toBeUndefined();
    }
  });

  it('limits each client address on its own: 100 parallel attempts at many accounts from one address are cut at its limit, another address goes on', async () => {
    const sprayer = await browserAt('203.0.113.9');
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => sprayer.signIn(`guess${i}@example.org`, 'password1234')));
    expect(tally(answers)).toEqual({ 401: SIGN_IN_LIMITS.address, 429: 100 - SIGN_IN_LIMITS.address });

    const { email, password } = server.accounts.reviewer;
    expect((await sprayer.signIn(email, password)).status).toBe(429);
    const neighbour = await browserAt('203.0.113.10');
    expect((await neighbour.signIn('guess0@example.org', 'password1234')).status).toBe(401);
    expect((await neighbour.signIn(email, password)).status).toBe(200);
    expect(neighbour.client.cookie('tessera_session')).toBeDefined();
  });

  it('does not count successful sign-ins against the address: more people than the limit sign in from one office', async () => {
    const { email, password } = server.accounts.coordinator;
    const office = await browserAt('192.0.2.200');
    for (let round = 0; round < 6; round++) {
      const answers = await Promise.all(Array.from({ length: SIGN_IN_LIMITS.email }, () => office.signIn(email, password)));
      expect(tally(answers)).toEqual({ 200: SIGN_IN_LIMITS.email });
    }
    // And a success forgets the account's failures.
    for (let i = 0; i < SIGN_IN_LIMITS.email - 1; i++) expect((await office.signIn(email, `wrong ${i}`)).status).toBe(401);
    expect((await office.signIn(email, password)).status).toBe(200);
    expect((await office.signIn(email, 'wrong again')).status).toBe(401);
  });
});
