import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Why a delivery target was refused (stable ids; the message is for the administrator). */
export class DeliveryTargetError extends Error {
  constructor(
    readonly reason: 'bad_url' | 'scheme' | 'private_address' | 'unresolvable',
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryTargetError';
  }
}

const V4_BLOCKS: [number, number][] = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local (cloud metadata lives here)
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // benchmarking 198.18/15
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved and broadcast
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function blockedV4(ip: string): boolean {
  const n = v4ToInt(ip);
  return V4_BLOCKS.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail is folded into the last two). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4ToInt(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

function blockedV6(ip: string): boolean {
  const g = v6Groups(ip);
  if (g.length !== 8 || g.some((x) => Number.isNaN(x))) return true;
  const zeroUpTo = (k: number) => g.slice(0, k).every((x) => x === 0);
  if (zeroUpTo(8)) return true; // ::
  if (zeroUpTo(7) && g[7] === 1) return true; // ::1
  const embedded = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  if (zeroUpTo(5) && g[5] === 0xffff) return blockedV4(embedded); // IPv4-mapped
  if (zeroUpTo(6)) return true; // IPv4-compatible (deprecated): never a public target
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return blockedV4(embedded); // NAT64
  if ((g[0]! & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0]! & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0]! & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((g[0]! & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  return false;
}

/** True for addresses a webhook must not reach without the administrator's leave: loopback, private, link-local, ULA, multicast… */
export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip.split('%')[0]!);
  if (kind === 4) return blockedV4(ip);
  if (kind === 6) return blockedV6(ip);
  return true;
}

/** What a target may be: plain http and private addresses only when the administrator allowed them. */
export interface TargetPolicy {
  allowPrivate: boolean;
}

/** Resolves a host name to every address it has (an IP literal is its own address). */
export async function resolveHost(host: string): Promise<string[]> {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (isIP(bare)) return [bare];
  try {
    return (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  } catch (e) {
    throw new DeliveryTargetError('unresolvable', `无法解析主机 ${bare}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Refuses any address of `addresses` that is private, unless the policy allows it. */
export function assertPublicAddresses(host: string, addresses: string[], policy: TargetPolicy): void {
  if (policy.allowPrivate) return;
  const bad = addresses.find(isPrivateAddress);
  if (bad !== undefined)
    throw new DeliveryTargetError(
      'private_address',
      `目标 ${host} 指向内网或本机地址 ${bad}；如确需使用，请由管理员在通道设置中允许内网地址`,
    );
}

/**
 * Checks a webhook address: an absolute https URL (http only with allowPrivate), without credentials, whose host
 * resolves only to public addresses (unless allowPrivate). Run when the channel is saved and again before each
 * send; the send also pins the connection to the checked addresses (see guardedLookup), so DNS rebinding fails.
 */
export async function checkWebhookUrl(text: string, policy: TargetPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DeliveryTargetError('bad_url', 'Webhook 地址不是有效的网址');
  }
  if (url.username || url.password) throw new DeliveryTargetError('bad_url', 'Webhook 地址不能包含用户名或密码');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowPrivate)) {
    throw new DeliveryTargetError('scheme', 'Webhook 地址必须使用 https（仅在允许内网地址时可用 http）');
  }
  assertPublicAddresses(url.hostname, await resolveHost(url.hostname), policy);
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/**
 * A `lookup` for http.request/net.connect that resolves the name itself and refuses private answers: the socket
 * connects to exactly the address that was checked, whatever the DNS says a moment later.
 */
export function guardedLookup(policy: TargetPolicy) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    lookup(hostname, { all: true, verbatim: true })
      .then((list) => {
        assertPublicAddresses(
          hostname,
          list.map((a) => a.address),
          policy,
        );
        const wanted = options.family === 4 || options.family === 6 ? list.filter((a) => a.family === options.family) : list;
        if (wanted.length === 0) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      })
      .catch((e: NodeJS.ErrnoException) => callback(e, '', 0));
  };
}
