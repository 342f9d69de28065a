import { BlockList, isIP } from 'node:net';

/** The loopback addresses: what `/metrics` answers by default. */
export const LOOPBACK = '127.0.0.0/8,::1';

/** A list of IP addresses and CIDR ranges (IPv4 and IPv6), as an operator writes it: `127.0.0.1, 10.0.0.0/8, ::1`. */
export interface AddressList {
  /** The list as given, normalised (for `config check`). */
  readonly text: string;
  has(address: string | undefined): boolean;
}

/** Parses a comma-separated list of addresses and CIDR ranges; throws an Error naming the first entry that is neither. */
export function parseAddressList(text: string): AddressList {
  const blocks = new BlockList();
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > maxBits))) {
      throw new Error(`“${entry}” is not an IP address or a CIDR range (such as 10.0.0.0/8 or fd00::/8)`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, bits, type);
  }
  return {
    text: entries.join(','),
    has(address) {
      if (!address) return false;
      // An IPv4 client of a server listening on IPv6 appears as ::ffff:a.b.c.d.
      const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
      const family = isIP(plain);
      return family !== 0 && blocks.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}
