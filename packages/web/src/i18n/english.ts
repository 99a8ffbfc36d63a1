// Everything the English interface needs, in one chunk that loads only when English is chosen: the string tables
// and antd's English locale.
import enUS from 'antd/es/locale/en_US';
import { en } from './en.js';
import { enPages } from './en-pages.js';
import { enFirstMonth } from './en-first-month.js';
import { enAccessibility } from './en-accessibility.js';

/** The English rendering of every interface string, keyed by its Chinese text. */
export const english: Record<string, string> = { ...en, ...enPages, ...enFirstMonth, ...enAccessibility };

/** antd's own strings (pagination, date pickers, empty states…) in English. */
export const antdLocale = enUS;
