import { parseSignatureDate } from '../dates/signature-date.js';
import { findDocNumber } from './doc-number.js';
import { orgShaped } from './issuer.js';
import type { MetaLine } from './meta-lines.js';

/** What a page about the plan tells of its issuing: the office, the 文号 and the day it was signed. */
export interface IssuingSentence {
  issuer: string | null;
  docNumber: string | null;
  date: string | null;
}

const DATE = String.raw`(?:19|20)\d{2}年\d{1,2}月\d{1,2}日`;
/** "2022年5月17日,X办公室以X发〔2022〕14号印发《Y》": the date first, the number before 印发. */
const DATED_FIRST = new RegExp(`^(${DATE}),(.{2,60}?)以(.{4,30}?)印发《([^《》]+)》`);
/** "近日,X委员会印发了《Y》(X发〔2026〕2号,以下简称…)": the office before 印发, the number in the bracket after. */
const OFFICE_FIRST =
  /(?:^|[。;])(?:(?:近日|日前|近期|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?),)?(?!为|根据|按照|依据|结合|对照|落实|贯彻)([^,。;:《》]{4,40}?)(?:正式)?印发了?《([^《》]+)》(?:[(]([^()]{4,60})[)])?/;
/** The day the plan was signed, told in the same sentence: "落款日期为2026年2月27日" / "成文日期是…". */
const SIGNED_ON = new RegExp(`(?:落款|成文|签发)日期(?:为|是)?(${DATE})`);

/**
 * A page about the plan with no signature of its own (a news item, a 政策解读) that tells how the plan was issued
 * in one sentence naming the plan's title: "2022年5月17日,X办公室以X发〔2022〕14号印发《Y》。" or "近日,X委员会印发了《Y》
 * (X发〔2026〕2号,以下简称《要点》),落款日期为2026年2月27日。" Null when no such sentence names the title.
 */
export function issuingSentence(lines: MetaLine[], title: string | null): IssuingSentence | null {
  if (!title) return null;
  const t = title.replace(/\s+/g, '');
  // Each sentence may tell part of it ("2022年5月,X印发《Y》。" then "2022年5月17日,X以…号印发《Y》。"): the first to tell each.
  const told = lines.slice(0, 80).flatMap((line) => toldIn(line.compact, t) ?? []);
  if (told.length === 0) return null;
  const first = <K extends keyof IssuingSentence>(k: K) => told.find((s) => s[k] !== null)?.[k] ?? null;
  return { issuer: first('issuer'), docNumber: first('docNumber'), date: first('date') };
}

/** What one line tells of the issuing of the plan titled t, or null when it does not tell of it. */
function toldIn(text: string, t: string): IssuingSentence | null {
  const dated = DATED_FIRST.exec(text);
  if (dated?.[4] === t) {
    const office = dated[2] ?? '';
    return {
      issuer: orgShaped(office) ? office : null,
      docNumber: findDocNumber(dated[3] ?? ''),
      date: parseSignatureDate(dated[1] ?? ''),
    };
  }
  const told = OFFICE_FIRST.exec(text);
  if (told?.[2] !== t) return null;
  const office = told[1] ?? '';
  const signed = SIGNED_ON.exec(text.slice(told.index))?.[1];
  return {
    issuer: orgShaped(office) ? office : null,
    docNumber: told[3] ? findDocNumber(told[3]) : null,
    date: signed ? parseSignatureDate(signed) : null,
  };
}
