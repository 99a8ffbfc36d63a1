/* Groups a unit list writes with a 、 inside them: the list split must leave them whole. */

/**
 * "各市、县(区)人民政府" is one catch-all: a 各-prefixed list of administrative levels that ends in one
 * government noun. Its 、 are masked (\uE000) so the list split leaves the group whole.
 */
const LEVEL = '(?:省辖市|设区市|地级市|县级市|[省市县区州盟旗]{1,3})';
const LEVEL_GROUP = new RegExp(`各${LEVEL}(?:、${LEVEL}(?:\\([省市县区州盟旗、]{1,8}\\))?)+(?:人民政府|政府)`, 'g');

/**
 * "各街道、镇", "各县、区": every place of two kinds, the last kind a bare level word that names nothing on its own.
 * (各乡镇、街道 lists two groups, each a name: it stays two.)
 */
const KIND_GROUP = /(?<=^|[、,,;;/])各(?:街道|乡镇|社区|[镇乡村县区市])(?:、[镇乡村县区市])+(?=$|[、,,;;/])/g;

/**
 * "各市党委和政府", "沿江各市党委、政府": a place's party committee and government named as one pair, the owner of a
 * duty together. The pair is one unit: its 、 is masked like a level group's.
 */
const PAIRED_OWNER = /党委[、和及与](?:人民)?政府(?=$|[、,,;;/])/g;
/** A party committee and government pair standing as one unit. */
export const IS_PAIRED_OWNER = /^\p{Script=Han}{1,12}党委[、和及与](?:人民)?政府$/u;

const mask = (m: string): string => m.replace(/、/g, '\uE000');

/** The list with the 、 inside its groups masked as \uE000 (the caller restores them after splitting). */
export function keepListGroups(s: string): string {
  // Asked of every candidate list: the level and kind groups open with 各, the pair names a 党委.
  const each = s.includes('各');
  if (!each && !s.includes('党委')) return s;
  const grouped = each ? s.replace(LEVEL_GROUP, mask).replace(KIND_GROUP, mask) : s;
  return grouped.replace(PAIRED_OWNER, mask);
}
