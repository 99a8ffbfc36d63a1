/* Units a table cell writes on lines of their own. */

// A line that opens a group or a level, or names a section (疾控股, 规划科), is a name of its own however short;
// other short lines are the tail of a wrapped name (办公室, 委员会).
// A ministry's department (科技司) is as much a name of its own as a section; a company's 公司 is a wrapped tail.
const OWN_SHORT_NAME = /^(?:各|相关|有关|涉及|[省市县区州旗盟])|[股科处]$|(?<!公)司$/;

/**
 * Names on lines of their own in one table cell (a <br>, a Word paragraph, a PDF line ended short of the cell's edge)
 * reach a unit list as a space between them: "甲局 乙园区管委会" is two units, though neither may carry a level to
 * show where the second starts. The space is such a break only when every line reads as a unit list by itself
 * (`isList`) and each later line is a name of its own, not a wrapped tail (县人民政府 ⏎ 办公室 is one).
 * Returns the list with those breaks written as 、, or null when the text has no such break.
 */
export function lineBreaksAsCommas(raw: string, isList: (line: string) => boolean): string | null {
  const lines = raw.normalize('NFKC').trim().split(/\s+/);
  if (lines.length < 2) return null;
  for (const [i, line] of lines.entries()) {
    // A bracketed note or a stray bracket belongs to the name before it (各县 ⏎ (市、区)人民政府).
    if (!/^\p{Script=Han}/u.test(line) || line.split('(').length !== line.split(')').length) return null;
    if (i > 0 && !OWN_SHORT_NAME.test(line) && line.replace(/\([^()]*\)/g, '').length < 4) return null;
    if (!isList(line)) return null;
  }
  return lines.join('、');
}

/** Some space between two written characters. */
const INNER_SPACE = /\S\s+\S/;

/**
 * A role text whose unit lists separate names with spaces ("牵头司局:甲司 参与司局:乙司 丙司", "甲局(牵头) 乙局"):
 * within each run between list separators and field colons, spaces that `lineBreaksAsCommas` reads as breaks
 * between names are written as 、 and all other spaces dropped. A run closed by a colon ends in that field's
 * label, which is kept out of the list. The text comes back NFKC-normalised, without spaces.
 */
export function spacesAsCommas(text: string, isList: (line: string) => boolean): string {
  const t = text.normalize('NFKC');
  if (!INNER_SPACE.test(t)) return t.replace(/\s+/g, '');
  return t.replace(/[^、,;:]+/g, (run: string, at: number) => {
    const body = run.trim();
    if (!INNER_SPACE.test(body)) return body;
    const cut = t[at + run.length] === ':' ? body.search(/\s+\S+$/) : body.length;
    if (cut < 0) return body.replace(/\s+/g, '');
    const list = body.slice(0, cut);
    const listed = INNER_SPACE.test(list) ? lineBreaksAsCommas(list, isList) : null;
    return (listed ?? list.replace(/\s+/g, '')) + body.slice(cut).replace(/\s+/g, '');
  });
}
