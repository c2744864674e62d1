/**
 * English anatomy vocabulary: the furniture of English-language news pages as ordered
 * tables of named rules (the first match decides), and the word lists the recognisers use.
 * Every rule carries a fictional example line that it must recognise.
 */
import { OUTLET_HEADS } from '../lexicon/words';
import { hasDate } from './dates';
import type { AnatomyVocabulary, LineRule } from './rules';

const META_PREFIX =
  /^(?:updated|published|posted|last updated|last modified|first published|modified|created|date)\b\s*:?/i;
/** The heading of a list of links to other stories ("Related News", "Most read"): the lines under it are links, not subheads. */
const LINK_LIST_HEADING =
  /^(?:related|related (?:news|articles|stories|story|topics|coverage|content|links|reading)|more (?:news|stories|on this story|from \w+|opinion|analysis|features|sport|business|politics|world news|videos)|latest(?: news)?|top stories|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: stories| for you| reading)?|you (?:may|might) also like|also read|read also|read more|read next|see also|editor['’]?s picks)\s*:?$/i;
const PAGE_BUTTON =
  /^(?:short url|short link|follow|follow us|share|share this(?: article| story| page| post)?|share on \w+|comments?|print|e-?mail|save|listen|bookmark|advertisement|advertising|tags?:.*|topics?:.*|copy link|skip advertisement|story continues below|leave a (?:comment|reply)|add a comment|post a comment|join the (?:conversation|discussion)|next (?:story|article)|previous (?:story|article)|up next)$/i;
/** "© 2025 Portville Courier", "Copyright THE DAILY COURIER", "All rights reserved." */
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\.?$/i;
/**
 * A row of a table pasted as text: three cells or more between pipes or tabs, or set apart
 * by runs of three spaces. Split, not matched with one pattern: that backtracked on every line.
 */
function isTableRow(line: string): boolean {
  const cells = (separator: RegExp): number => line.split(separator).filter((c) => c.trim() !== '').length;
  return (line.includes('|') && cells(/\|/) >= 3) || (line.includes('\t') && cells(/\t+/) >= 3) || (line.includes('   ') && cells(/ {3,}/) >= 3);
}
/** Links and notices between paragraphs: "Read more: …", "ALSO READ | …", "This article is more than 2 years old". */
const NOTICE =
  /^(?:(?:read more|read also|also read|related|related stories|related story|related coverage|see also|watch|listen|more on this story|more from \w+|more|recommended|you may also like|read|newsletter)\s*[:|»›]|(?:also|more|elsewhere) (?:on|in|from) (?:the )?[\p{L}'’&. ]{2,40}:|this article is more than\b|sign up\b|subscribe\b|click here\b)/iu;
const CREDITS_END = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|edited|produced|research)\s+by\b/i;
const CONTRIBUTING = /^\(?(?:contributing|contributors?|with reporting from|additional reporting)\s*:/i;
/** Notes on the article itself: disclaimers, corrections, syndication notes. */
const DISCLAIMER =
  /^\(?(?:disclaimer|editor['’]s note|note to editors|correction|clarification)\s*:|^\(?(?:except for the headline|this (?:story|article|report) (?:has been|was|has not been|is) (?:corrected|updated|amended|edited|published|auto-generated|generated)|the views (?:and opinions )?expressed (?:in this|here|are))|^(?:for subscribers only\b|not for (?:re)?publication\b|embargoed (?:until|to)\b|(?:this )?(?:material|content|story) may not be (?:published|reproduced|redistributed|rewritten)\b)/i;
const END_MARK = /^(?:\(?-*\s*(?:end|ends|endit)\s*-*\)?|#{3,}|\*{3,}|-{3,})$/i;
const SEPARATOR = /^(?:\*\s*){3,}$|^(?:-\s*){3,}$|^(?:#\s*){3,}$|^(?:_\s*){3,}$|^(?:=\s*){3,}$/;
/** "PTI, Washington," — an agency and place line in the header. */
const AGENCY_LINE = /^[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?(?:,\s*[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*)?)+,?$/;
/** A line of nothing but handles, links and embed addresses. */
const HANDLES_ONLY = /^(?:(?:@\w{2,30}|#\w{2,40}|https?:\/\/\S+|www\.\S+|pic\.twitter\.com\/\S+|\S+\.(?:com|org|net|co\.uk)\/\S*)[\s,;|·—–-]*)+$/i;
/** A review's rating: "★★★★☆", "Rating: 4/5", "3 stars". */
const RATING = /^(?:[★☆✩✪⭐½]\s?){1,10}$|^(?:rating:?\s*)?\d(?:\.\d)?\s*(?:\/|out of)\s*(?:5|10)$|^\d(?:\.\d)? stars?$/i;
/** A live blog's time stamp on a line of its own: "16:55", "4.05pm", "09:12 GMT", "11:30 a.m. EAT". */
const TIME_STAMP = /^(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i;
/** "Follow Jane Doe on X: @JaneDoe1", "Follow us on Instagram". */
const FOLLOW = /^follow\b.{0,60}(?:@\w{2,30}|\bon (?:twitter|x|instagram|facebook|tiktok|threads|bluesky|linkedin|youtube|whatsapp|telegram)\b)/i;
/** The signature of an embedded post: "— Jane Doe (@JaneDoe1) March 3, 2025". */
const EMBED_SIGNATURE = /^[—–-]\s*[^()]{1,60}\(@\w{2,30}\)/;

/** A comments count or comments button, with a share button after it: "Comments (14)", "12 comments", "Comments (31) · Share". */
const COMMENTS_COUNT = /^(?:\d+\s+comments?|comments?\s*(?:\(\d+\)|:\s*\d+|\d+))(?:\s*[·|•]\s*(?:share|print|e-?mail)(?:\s+this(?: article| story)?)?)*$/i;
/**
 * A summary or statistics box's label: "Key points", "MATCH FACTS", "Fact file". Not a subhead:
 * the box's lines are the story's furniture, not a part of it.
 */
const BOX_LABEL = /^(?:key (?:points|facts|takeaways|figures)|match (?:facts|stats|statistics|details)|fact ?(?:file|sheet)|fast facts|quick facts|in numbers|by the numbers|the (?:key )?facts)\s*:?$/i;
/** A line of a match's facts box: "Referee: Ana Ruiz", "Attendance: 31,402", "Venue: …", "Scorers: …". */
const MATCH_FACT = /^(?:referee|attendance|venue|scorers?|goals?|yellow cards?|red cards?|bookings|sent off|man of the match|player of the match|half-time|kick-off|umpires?|toss|crowd|gate)\s*:\s*\S.{0,80}$/i;
/** A wire's sign-off: the agency and the editors' initials, a time and zone ("XNA/jd/rm 0914 GMT", "APN ar/mc 09:47"). */
const WIRE_SIGN_OFF = /^[A-Z]{2,6}(?:\s+[A-Za-z]{1,4})?(?:\/[A-Za-z]{1,4}){1,4}(?:\s+(?:\d{3,4}|\d{1,2}:\d{2})(?:\s*[A-Z]{2,4})?)?$/;
/** A share bar in the languages of pasted pages: "Partager : E-mail · Copier le lien", "Compartir: Facebook · WhatsApp". */
const SHARE_BAR = /^(?:partager|compartir|compartilhar|partilhar|teilen|condividi|delen|dela|del)\s*:/i;

const endMark: LineRule = { id: 'meta.end-mark', test: (l) => END_MARK.test(l) || SEPARATOR.test(l), example: '(END)' };

const meta: LineRule[] = [
  {
    id: 'meta.dated-prefix',
    test: (l, w) => META_PREFIX.test(l) && w <= 14 && (hasDate(l) || /\d/.test(l) || w <= 3),
    example: 'Updated 3 March 2025',
  },
  { id: 'meta.page-button', test: (l, w) => w <= 5 && PAGE_BUTTON.test(l), example: 'Share this article' },
  { id: 'meta.comments', test: (l, w) => w <= 8 && COMMENTS_COUNT.test(l), example: 'Comments (14) · Share' },
  { id: 'meta.tags', test: (l, w) => w <= 30 && /^(?:tags|topics|keywords)\s*:\s*\S/i.test(l) && !/[.!?]$/.test(l), example: 'Tags: Port Authority, ferries, strike, harbour, rosters' },
  { id: 'meta.box-label', test: (l, w) => w <= 4 && BOX_LABEL.test(l), example: 'Key points' },
  { id: 'meta.match-fact', test: (l, w) => w <= 14 && MATCH_FACT.test(l) && !/[.!?]$/.test(l), example: 'Attendance: 31,402' },
  { id: 'meta.wire-sign-off', test: (l, w) => w <= 4 && WIRE_SIGN_OFF.test(l), example: 'PWS/jd/rm 0914 GMT' },
  { id: 'meta.share-bar', test: (l, w) => w <= 12 && SHARE_BAR.test(l), example: 'Partager : E-mail · Copier le lien' },
  { id: 'meta.link-list', test: (l, w) => w <= 5 && LINK_LIST_HEADING.test(l), example: 'Related News' },
  { id: 'meta.copyright', test: (l, w) => w <= 16 && COPYRIGHT.test(l), example: '© 2025 Portville Courier. All rights reserved.' },
  { id: 'meta.table-row', test: (l, w) => w <= 40 && isTableRow(l), example: 'District | Deaths | Injured | Houses damaged' },
  { id: 'meta.credits', test: (l) => CREDITS_END.test(l), example: '(Reporting by Sam Roe; Editing by Alex Carter)' },
  { id: 'meta.contributing', test: (l, w) => w <= 40 && CONTRIBUTING.test(l), example: 'Contributing: Sam Roe in Portville' },
  { id: 'meta.notice', test: (l, w) => w <= 16 && NOTICE.test(l), example: 'Read more: Why the harbour matters to the town' },
  { id: 'meta.disclaimer', test: (l) => DISCLAIMER.test(l), example: 'Disclaimer: The views expressed here are the writer’s own.' },
  endMark,
  { id: 'meta.handles', test: (l, w) => w <= 8 && HANDLES_ONLY.test(l), example: '@PortvilleDesk pic.twitter.com/aB3xY9' },
  { id: 'meta.follow', test: (l, w) => w <= 14 && FOLLOW.test(l), example: 'Follow Jane Doe on X: @JaneDoe1' },
  { id: 'meta.embed-signature', test: (l, w) => w <= 16 && EMBED_SIGNATURE.test(l), example: '— Jane Doe (@JaneDoe1) March 3, 2025' },
  {
    id: 'meta.short-dated',
    test: (l, w) => w <= 10 && hasDate(l) && !/[.!?]["”’]?$/.test(l.replace(/\b[ap]\.m\.$/i, '')),
    example: 'Tuesday 4 March 2025 14:05 GMT',
  },
  { id: 'meta.rating', test: (l, w) => w <= 4 && RATING.test(l), example: '★★★★☆' },
  { id: 'meta.time-stamp', test: (l, w) => w <= 3 && TIME_STAMP.test(l), example: '16:55 NPT' },
  { id: 'meta.agency-place', test: (l, w) => w <= 5 && /,$/.test(l) && AGENCY_LINE.test(l), example: 'Wire Service, Portville,' },
];

const BY = /^(?:(?:interview|interviewed|words|text|story|reporting|photos|photographs|pictures) )?by\s+\S/i;
const BYLINE_ROLE =
  /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|bureau|journalist|news desk|desk)$/i;
// Names in any alphabet's letters ("Łukasz Żuk", "Þóra Ștefănescu").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’.-]+|\p{Lu}\.|(?:de|di|da|van|von|der|le|la|al|bin|el|ul)\b)`;
const NAME_LINE = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:\p{Lu}[\p{Ll}'’.-]+|\p{Lu}\.|de|di|da|van|von|der|le|la|al|bin|el|ul)){1,3}$`, 'u');
const ROLE_WORDS = String.raw`(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|analyst)`;
/** "News reporter @JaneDoe1", "Jane Doe, Health correspondent @JaneDoe1", "Jane Doe | @JaneDoe1". */
const BYLINE_HANDLE = new RegExp(
  String.raw`^(?:by\s+)?(?:${NAME_WORD}(?:\s+${NAME_WORD}){0,3}[,|·—–-]?\s*)?(?:${ROLE_WORDS}[,|·—–-]?\s*)?(?:@\w{2,30}|\(@\w{2,30}\))$`,
  'iu',
);

/** "Jane Doe in Hamilton", "Jane Doe in Kyiv and Sam Roe in Lagos": reporters and where they file from. */
const NAME_IN_PLACE = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:\s+and\s+${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})?$`, 'u');

/**
 * "Text: Jane Doe · Photos: Sam Roe", "Writer: Jane Doe and Sam Roe", "Report: Jane Doe, Hamilton",
 * "Reporting: Jane Doe (Hamilton)": a credit label, a colon and names only (with "and", a
 * place after a comma or in parentheses, another credit after a separator).
 */
const LABELLED_BYLINE = new RegExp(
  String.raw`^(?:text|words|writers?|written by|reporters?|reporting|report|story|authors?)\s*:\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,4}(?:\s*\(\p{Lu}[\p{L} '’.-]*\))?(?:(?:\s*,\s*|\s+and\s+)${NAME_WORD}(?:\s+${NAME_WORD}){0,4}(?:\s*\(\p{Lu}[\p{L} '’.-]*\))?)*\s*(?:[·|•/–—-]\s*(?:photos?|photographs?|pictures?|images?|photography|graphics?|video)\s*:.*)?$`,
  'iu',
);

const byline: LineRule[] = [
  { id: 'byline.by-name', test: (l, w) => BY.test(l) && w <= 16 && !/[.!?]$/.test(l), example: 'By Jane Doe, Staff reporter' },
  { id: 'byline.label', test: (l, w) => w <= 24 && LABELLED_BYLINE.test(l), example: 'Text: Jane Doe · Photos: Sam Roe' },
  { id: 'byline.role', test: (l, w) => w <= 5 && BYLINE_ROLE.test(l) && !/[.!?,]$/.test(l), example: 'Courier Staff Reporter' },
  { id: 'byline.name-in-place', test: (l, w) => w <= 14 && NAME_IN_PLACE.test(l), example: 'Jane Doe in Hamilton' },
  { id: 'byline.handle', test: (l, w) => w <= 9 && /@\w/.test(l) && BYLINE_HANDLE.test(l), example: 'News reporter @JaneDoe1' },
];

const CAPTION_PREFIX =
  /^(?:(?:image caption|image copyright|image source|media caption|getty images|photo credit)\b|\(?(?:photo|photograph|picture|pictured|main image|image|caption|credit|file photo|illustration|video|photo illustration|graphic)s?\s*:)/i;
const CAPTION_OPEN =
  /^(?:\(?(?:photos?|pictures?|images?|video) (?:by|credit|courtesy)\b|in this (?:handout |undated |file |aerial )*(?:photo|picture|image|photograph|video|still|screen ?grab)|(?:this|a|an) (?:handout |file |undated )*(?:photo|picture|image|photograph)\b|handout photo|file photo|\d+ of \d+\.)/i;
/** A credit in parentheses at the end of a caption: "(Army Media)", "(AFP)", "(AP Photo/Jane Doe)", "(Photo: Jane Doe/Courier)". */
const CAPTION_CREDIT =
  /\((?:[A-Z]{2,}[\w/ .-]*|[\w .-]*\b(?:Photo|Reuters|Getty(?: Images)?|AFP|AP|EPA|Xinhua|Shutterstock|Handout)\b[\w/ .-]*|(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit)s?\s*:\s*[^()]{1,60})\)\.?$/;
const AGENCY = String.raw`(?:AP|AFP|Reuters|Getty Images|EPA|EPA-EFE|Bloomberg|Shutterstock|Xinhua|PA|PA Media|PA Wire|ANP|ANSA|dpa|Anadolu|Sipa|Alamy|NurPhoto|SOPA Images|LightRocket|Handout|Pool|Zuma|ZUMA Press|ZUMA Wire|Wireimage|WireImage)`;
/** "Jane Doe/Courier via AP", "Photograph: Sam Roe via Getty Images". */
const VIA_AGENCY = new RegExp(String.raw`\bvia\s+${AGENCY}(?:\s+(?:Images|Photo|Photos))?\)?\.?$`);
const CREDIT_WORDS = /^(?:facebook|twitter|instagram|youtube|tiktok|x|getty images|reuters|afp|ap|epa|pa|shutterstock|ap photo|pa media|handout)$/i;
const CREDIT_SUFFIX = /\b(?:Police|Images|Photo|Photos|Pictures|Archive|Handout|Media|Press|Agency)$/;
/** "Jane Doe/Courier", "Sam Roe/AFP/Getty Images": a name, a slash, an outlet or agency. */
const SLASH_CREDIT = /^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?\/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}(?:\s?\/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})?$/;

const caption: LineRule[] = [
  { id: 'caption.prefix', test: (l) => CAPTION_PREFIX.test(l), example: 'Image caption The new bridge took four years to build' },
  { id: 'caption.opening', test: (l) => CAPTION_OPEN.test(l), example: 'In this handout photo, cranes stand idle at the harbour.' },
  { id: 'caption.credit-word', test: (l) => CREDIT_WORDS.test(l), example: 'AFP' },
  {
    id: 'caption.credit-end',
    test: (l, w) => w >= 8 && CAPTION_CREDIT.test(l) && !/[.!?]$/.test(l),
    example: 'Dock workers gather at the north gate of the harbour (Photo: Sam Roe/Courier)',
  },
  { id: 'caption.via-agency', test: (l, w) => w <= 30 && VIA_AGENCY.test(l), example: 'Crane crews leave the harbour. Sam Roe/Courier via AP' },
];

const credit: LineRule[] = [
  { id: 'credit.agency', test: (l) => CREDIT_WORDS.test(l), example: 'Reuters' },
  {
    id: 'credit.suffix',
    test: (l, w) => l.length <= 60 && w <= 4 && l.split(/\s+/).every((x) => /^[A-Z0-9]/.test(x)) && CREDIT_SUFFIX.test(l),
    example: 'Acme Regional Police',
  },
  { id: 'credit.slash', test: (l, w) => l.length <= 60 && w <= 8 && SLASH_CREDIT.test(l), example: 'Sam Roe/Portville Courier' },
];

const STOPWORDS = new Set(
  (
    'the a an and or but nor of to in on for at by with from as into onto over under about after before since than then ' +
    'is are was were be been being am has have had do does did will would can could shall should may might must ' +
    'it its this that these those he she they we you i me him her his hers them their theirs our ours us my your ' +
    'not no yes so if up out off more most new says said say told who what when where why how which ' +
    'all any some one two three first last also just still its there here'
  ).split(' '),
);

/** The English vocabulary of the anatomy stage. */
export const english: AnatomyVocabulary = {
  meta,
  linkListRule: 'meta.link-list',
  endMark,
  byline,
  caption,
  credit,
  metaPrefix: META_PREFIX,
  publishedPrefix: /^(?:published|posted|first published|date)\b/i,
  updatedPrefix: /^(?:updated|last updated|modified|last modified)\b/i,
  lineStartsMeta: /^(?:by|updated|posted|published|last|first|photo|image|source|credit|via|from)\b/i,
  nameLine: NAME_LINE,
  clauseWord:
    /^(?:i|we|he|she|they|you|it|is|are|was|were|am|be|been|has|have|had|will|would|can|could|must|should|may|might|shall|do|does|did|said|says|say|told|tells|added|not|isn't|aren't|wasn't|won't|can't|don't)$/i,
  sectionLabel:
    /^(?:the\s+)?(?:long\s+read|big\s+read|weekend\s+read|analysis|explainer|feature|features|interview|q\s*&\s*a|opinion|comment|commentary|editorial|column|review|obituary|obituaries|exclusive|investigation|special\s+report|in\s+depth|in\s+pictures|live|breaking(?:\s+news)?|world|world\s+news|national|local|business|markets|economy|politics|sport|sports|culture|arts|health|science|technology|tech|environment|climate|lifestyle|travel|education|crime|courts?|justice)$/i,
  taglineCue: /\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[6-9]|20)\d\d\b|\bnews(?:paper)?\b|\bvoice\s+of\b|\bserving\b|\bindependent\b|\bin\s+english\b/i,
  // With the words for news that other languages' agencies and papers end their names with ("… DE NOTÍCIES").
  outletHeads: new Set([...OUTLET_HEADS, 'notícies', 'noticias', 'notícias', 'notizie', 'nouvelles', 'nachrichten', 'nieuws', 'nyheter', 'uutiset', 'haberler']),
  whHeading: /^(?:What|How|Why|Where|Who|When)$/,
  imperative: /^(?:read|click|watch|listen|see|sign|subscribe|follow|share|download|get|find|join|tap|scroll|view|explore|discover)$/i,
  stopwords: STOPWORDS,
  monthName: String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?`,
};
