/** A chart label cut to 10 characters. */
export const short = (s: string) => (s.length > 10 ? `${s.slice(0, 10)}…` : s);
