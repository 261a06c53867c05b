/**
 * The line shapes the cable parser recognises. Every pattern is anchored and linear (no nested
 * quantifiers over the same characters), so a long junk line cannot make a match slow.
 */

/** The news site's title line: `Cablegate: <subject>` (the prefix is the site's furniture). */
export const SCOOP_TITLE = /^\s*Cablegate:\s*(.*\S)\s*$/;
/** From this line on, the news site's footer: never cable text. */
export const SCOOP_FOOTER = /^\s*©\s*Scoop Media/;
/** WikiLeaks' notice on cables it only had in part. */
export const PARTIAL_NOTICE = /This record is a partial extract of the original cable/i;

/** alx/cablegate's first lines: reference id, subject, date, classification, origin. */
export const ALX_REFERENCE = /^(\d{2}[A-Z][A-Z]*\d+)$/;
export const ALX_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) \d{2}:\d{2}:\d{2} [+-]\d{4} (\d{4})$/;

/** Telegram routing: the first line of the block. */
export const ROUTING_START = /^VZCZC/;
/** Date-time group `O 241555Z JUL 09` (precedence optional; may be glued to what follows). */
export const DATE_TIME_GROUP = /(?:^|\s)(?:[OPRZ]{1,2}\s+)?(\d{2})(\d{2})(\d{2})Z\s+([A-Za-z]{3})\s+(\d{2})(?!\d)/;
/** `FM AMEMBASSY AMMAN`. */
export const FROM_LINE = /^FM\s+(\S.*)$/;
/** A line that starts an address field: `FM`, `TO` or `INFO`, then the first address. */
export const ADDRESS_FIELD = /^(FM|TO|INFO)\s+(.*)$/;
/** Lines that end the address block: classification, handling, E.O., tags, subject, the transmission's BT. */
export const AFTER_ADDRESSES =
  /^\s*(?:S E C R E T|C O N F I D E N T I A L|UNCLAS|SECRET|CONFIDENTIAL|NOFORN|SIPDIS|E\.\s?O\.|TAGS|SUBJECT|SUBJ|REF|BT\b|SENSITIVE|LIMITED|STATE FOR|DEPT FOR|Classified)/i;

/** The classification words as telegrams write them, spaced or not. */
const CLASSIFICATION_WORD =
  'S?S ?E ?C ?R ?E ?T|C?C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|U?U ?N ?C ?L ?A ?S ?S ?I ?F ?I ?E ?D|U?U ?N ?C ?L ?A ?S|LIMITED OFFICIAL USE';
/** A classification word anywhere in a header line (05BRASILIA2767 glues it to the date-time group). */
export const CLASSIFICATION_ANYWHERE = new RegExp(`(?:^|[\\s\\d])(${CLASSIFICATION_WORD})(?![A-Za-z])(.*)$`);
/** A line that starts with a classification word. */
export const CLASSIFICATION_LINE = new RegExp(`^\\s*(${CLASSIFICATION_WORD})(?![A-Za-z])(.*)$`);
/** Caveat words that may sit between the classification and the post on that line. */
export const CAVEATS =
  /^(?:SENSITIVE|NOFORN|EXDIS|NODIS|LIMDIS|STADIS|SIPDIS|E ?F ?T ?O|FOUO|FOR OFFICIAL USE ONLY|BUT|CORRECTED COPY|SPECIAL HANDLING)\s+/;
/** `SECTION 01 OF 02 AMMAN 001288`, `AMMAN 001288`: the post and the message number. */
export const POST_AND_NUMBER = /(?:SECTION\s+\d+\s+OF\s+\d+\s+)?([A-Z][A-Z .'-]*[A-Z])\s+(\d{3,7})\s*$/;

/** Header fields. */
export const SUBJECT_FIELD = /^\s*(?:SUBJECT|SUBJ|Subject)\s*:?\s*(.*)$/;
export const SUBJECT_STRICT = /^\s*(?:SUBJECT|SUBJ)\s*:|^\s*SUBJECT\s|^\s*Subject:/;
export const REF_FIELD = /^\s*(?:REF|REFS|REFTEL|REFTELS|Ref|Refs)\s*:\s*(.*)$|^\s*(?:REF|REFS|REFTEL)\s+(.*)$/;
export const CLASSIFIED_BY = /^\s*(?:\([A-Z]{1,3}\)\s*)?(?:Classified|CLASSIFIED)\s+(?:By|BY|by)\b/;
/** The other lines of a classification block (`DERIVED FROM: DSCG 05-1 B, D`, `DECLASSIFY ON:`). */
export const CLASSIFICATION_AUTHORITY = /^\s*(?:DERIVED FROM|DECLASSIFY ON)\s*:/i;
export const EO_FIELD = /^\s*(?:E\.\s?O\.|EO)\s*:?\s*\d{4,5}\b/i;
/** `Classified By:` in any case, with what to strip before its value (a portion marking before it too). */
export const CLASSIFIED_BY_PREFIX = /^\s*(?:\([A-Z]{1,3}\)\s*)?Classified\s+By\b\s*:?\s*/i;
/** TAGS on the E.O. line (`E.O. 12958: DECL: 02/19/2014 TAGS: PREL`): not part of the E.O. text. */
export const TAGS_AFTER_EO = /\s+TAGS\b.*$/i;
export const TAGS_IN_LINE = /(?:^|\s)(?:TAGS|Tags)\s*:?\s*(.*)$/;
export const SIPDIS_LINE = /^\s*SIPDIS\b/i;
/** A REF item on its own line: `B. BRASILIA 1396`, `¶B. ...`, `(B) ...`. */
export const REF_ITEM = /^\s*¶?\s*(?:[A-Z]\s?[.)]|\([A-Za-z]\))\s+\S/;

/** A paragraph number at a line start: `1.`, `¶1.`, `1.(S)`, `1)`. Numbers wrapped by WikiLeaks
 * (`¶2007.`, `¶010.`) also match here and are rejected by sequence and context. */
export const PARAGRAPH_START = /^\s*(¶\s*)?(\d{1,4})\s*([.)])(?!\d)\s*(.*)$/;
/** ¶1 glued to the end of a `Classified By` line (one paragraph per line, 09TRIPOLI686): `… (d) 1. (C) Summary: …`. */
export const GLUED_FIRST_PARAGRAPH = /\s(1\.\s*\((?:TS|SBU|C|S|U)(?:\/\/?[A-Z]+)?\)(?:\s+["“A-Z].*)?)$/u;
/**
 * A portion marking at the start of a paragraph: `(C)`, `(S//NF)`, `(SBU)`, `(U//FOUO)`,
 * `(C - ENTIRE TEXT)`, and release lists in any case: `(S//REL AFGHANISTAN, KAZAKHSTAN, TAJIKISTAN)`,
 * `(C/rel to UN)`, `(C//REL TO USA and NATO)`. Group 1 is the marking as written.
 */
export const MARKING =
  /^\(\s*((?:TS|SBU|LOU|FOUO|U|C|S)(?:\s*(?:\/\/?|-|\s)\s*[A-Z]{1,8}){0,3}(?:\s*\/\/?\s*(?:REL|[Rr]el)\b[^()]{0,80}?|\s+[A-Z]{2,12}(?:,\s*[A-Z]{2,12})*)?)\s*\)\s*/;
/** A lower-case marking, trusted only right after a paragraph number: `5. (c) text`. */
export const LOWER_CASE_MARKING = /^\(((?:c|s|u|sbu)(?:\/nf)?)\)\s*/;

/** Dashes-only line: an underline or overline of a heading, also spaced (`- - - - -`, 06MANAGUA1002). */
export const RULE_LINE = /^\s*(?:[-=_]{3,}|-(?: -){2,})[-=_\s]*$/;
/** `-- HEADING --` or `------- Summary -------`. */
export const DASHED_HEADING = /^\s*-{2,}\s*([^-\s](?:.*[^-\s])?)\s*-{2,}[-\s]*$/;
/** `Comment -------`: text with its underline glued on. */
export const TRAILING_RULE = /^(.*?[^-\s])\s*-{4,}[-\s]*$/;
/** `------- 5. (U) text`: an underline glued to the next line's text. */
export const LEADING_RULE = /^\s*-{4,}\s*([^-\s].*)$/;

/** Page header of a continuation page: `BRASILIA 00002521 002 OF 003`. */
export const PAGE_HEADER = /^\s*[A-Z][A-Za-z .'-]*\s\d{5,8}\s+\d{3}(?:\.\d+)?\s+(?:OF|of)\s+(?:\d{3}|\d{0,2}\.\.\.)\s*$/;
/** A page header WikiLeaks joined into a sentence (one paragraph per line, 08TEGUCIGALPA459):
 * `… he delivered a TEGUCIGALP 00000459 002 OF 004 ringing speech …`. */
export const INLINE_PAGE_HEADER = /\b((?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)?|[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+)?)\s\d{8}\s+\d{3}(?:\.\d+)?\s+(?:OF|of)\s+\d{3})(?=\s|$)/;
/** Telegram and archive lines after the signature: `NNNN`, `End Cable Text`, `2004VATICA03196 - Classification: …`,
 * a stray database query (06LAPAZ3400), a cut-off subject (`DANIEL ORTEGA AN...`, 06MANAGUA1002). */
export const TRAILER_LINE = /^\s*(?:NNNN|End Cable Text|\d{4}[A-Z]+\d+ - Classification:.*|SELECT \* FROM .*|[A-Z][A-Z ,'-]*\.\.\.)\s*$/;
/** The post's pointer to its classified web site (`Visit London’s Classified Website: http://…`): the
 * post's boilerplate, never the words of the paragraph it follows. */
export const POST_WEBSITE_LINE = /^[\s*]*(?:Please\s+)?visit\b.{0,80}?\bClassified\s+Web\s?site\b/i;
/** Handling notes under the header: `SENSITIVE BUT UNCLASSIFIED, PROTECT ACCORDINGLY.` */
export const HANDLING_NOTE = /^\s*(?:\([A-Z]{1,3}\)\s*)?(?:this cable is\s+)?sensitive,?\s+but\s+unclassified\b|^\s*C ?O ?R ?R ?E ?C ?T ?E ?D\s+C ?O ?P ?Y\b/i;

/** Inline summary and comment markers at a paragraph's start or end. */
export const SUMMARY_START = /^(?:\(?[A-Z]{1,3}\)\s*)?(?:begin\s+)?summary(?:\s+and\s+(?:comment|action request))?\s*(?:[:.\-–—]|$)/i;
export const SUMMARY_END = /\bend\s+(?:of\s+)?summary\b/i;
export const COMMENT_START = /^(?:\(?[A-Z]{1,3}\)\s*)?(?:begin\s+|embassy\s+|post\s+|general\s+|overall\s+)?comments?\s*(?:[:.\-–—]|$)/i;
export const COMMENT_END = /\bend\s+(?:of\s+)?comments?\b\W*$/i;
/** The seed's ¶8 ends in a lone `End`: a truncated `End Comment.` */
export const LONE_END = /[.!?"”)]\s+End$/;
