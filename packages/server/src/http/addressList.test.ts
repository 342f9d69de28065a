import { describe, expect, it } from 'vitest';
import { LOOPBACK, parseAddressList } from './addressList.ts';

describe('parseAddressList', () => {
  it.each([
    [LOOPBACK, '127.0.0.1', true],
    [LOOPBACK, '127.0.0.2', true],
    [LOOPBACK, '::1', true],
    [LOOPBACK, '::ffff:127.0.0.1', true],
    [LOOPBACK, '10.0.0.1', false],
    [LOOPBACK, '::2', false],
    ['10.0.0.0/8, 192.0.2.7', '10.200.3.4', true],
    ['10.0.0.0/8, 192.0.2.7', '192.0.2.7', true],
    ['10.0.0.0/8, 192.0.2.7', '192.0.2.8', false],
    ['fd00::/8', 'fd12::1', true],
    ['', '127.0.0.1', false],
  ])('%s lets %s in: %s', (list, address, expected) => {
    expect(parseAddressList(list).has(address)).toBe(expected);
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', '10.0.0/8', '10.0.0.0/x'])('refuses %s, naming it', (entry) => {
    expect(() => parseAddressList(`127.0.0.1, ${entry}`)).toThrow(entry);
  });

  it('keeps the list it was given, normalised', () => {
    expect(parseAddressList(' 127.0.0.1 , ::1,').text).toBe('127.0.0.1,::1');
  });
});
