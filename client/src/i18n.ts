/** Interface strings in English and Arabic. Database text is never translated here. */
import type { Confidence, InstrumentKind, MandateStatus, PositionStance, ProvisionRole } from '../../cypher/model.js';
import type { Strength } from '../../cypher/strength.js';
import type { BodyKind } from '../../seed/src/corpus/corpus.types.js';
import { OPERATIVE, PREAMBULAR, VIEW, VIEW_ACTIONS } from '../../seed/src/parse/lexicon.js';
import type { UiLang } from './url-state.js';

const en = {
  appTitle: 'IG Atlas',
  tagline: 'How Internet-governance texts cite and mandate each other',
  searchPlaceholder: 'Search instruments, paragraphs, bodies (English or Arabic; "quotes" for a phrase)…',
  searchLabel: 'Search',
  noResults: 'No matches.',
  followSearch: 'Follow this search in a feed reader, newest first (Atom)',
  showAllHits: 'Show every text that matches (the earliest 100) in the graph, with how they cite each other',
  phraseShown: 'Texts that match {text}: {hits:text}, here in time lanes by forum, each paragraph with its instrument ({n:node} in all), with how they cite each other.',
  phraseEmpty: 'Nothing matches {text}.',
  phraseCapped: 'These are the earliest {hits:text}; later texts that match are not drawn (the phrase feed lists them, newest first).',
  phraseCappedOf: 'These are the earliest {hits} of the {total:text} that match; the later ones are not drawn (the phrase feed lists them, newest first).',
  phraseCappedOfMore: 'These are the earliest {hits} of more than {total:text} that match; the later ones are not drawn (the phrase feed lists them, newest first).',
  phraseEarliestPartial: 'So many match that they were chosen from the best-matching ones only: earlier uses may be missing. A quoted phrase or more words narrows the search.',
  yearsTitle: '{text} by year: {n:text} in all',
  yearsTitleMore: '{text} by year: more than {n:text}',
  yearsGroup: 'Texts that match, per year: choose a year to see the graph as it stood at its end',
  yearBar: '{years}: {n:text}',
  yearBarPart: '{years}: {n:text}, {drawn} drawn',
  yearBarAction: 'Show the graph as of {year}',
  yearsUndated: 'Undated: {n:text}.',
  yearsPartial: 'So many match that only the best-matching texts in each language were counted.',
  yearsDrawnKey: 'Darker: drawn in the graph; lighter: not drawn.',
  yearsCsv: 'CSV: the texts that match, per year',
  searching: 'Searching…',
  fit: 'Fit',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  expand: 'Expand neighbours',
  undo: 'Undo',
  traceUp: 'Trace upstream',
  traceDown: 'Trace downstream',
  clearTrace: 'Clear trace',
  layout: 'Layout',
  layoutForce: 'Force',
  layoutHierarchy: 'Hierarchy',
  layoutLanes: 'Time lanes',
  exportPng: 'PNG image',
  exportJson: 'JSON: the view, to open again',
  exportCsv: 'CSV: a table of the edges',
  exportGraphml: 'GraphML: for Gephi or yEd',
  exportMenu: 'Export or open',
  importJson: 'Open a JSON view…',
  imported: 'Opened {file}: {n:node}, {e:edge}.',
  importFailed: 'Could not open {msg}',
  language: 'العربية',
  languageLabel: 'Switch the interface to Arabic',
  legend: 'Legend',
  relations: 'Relations',
  nodeKinds: 'Nodes',
  citing: 'Citing',
  acting: 'Acting',
  structure: 'Structure',
  strength: 'Strength',
  strengthTitle: 'How strongly the citing clause acts, read from its verb; recitals act on nothing. The project\'s reading, not a legal finding.',
  strengthAny: 'Every edge',
  strengthFrom: '{s} or stronger',
  all: 'All',
  none: 'None',
  close: 'Close',
  centre: 'Centre',
  feed: 'Feed',
  feedTitle: 'Follow in a feed reader who cites or acts on this next (Atom)',
  cite: 'Cite',
  citeCopied: 'A reference with its link and data version is on the clipboard.',
  symbol: 'Symbol',
  date: 'Date',
  body: 'Body',
  kind: 'Kind',
  venue: 'Venue',
  officialLink: 'Official text',
  confidence: 'Confidence',
  method: 'Method',
  originalLanguage: 'Original language',
  note: 'Note',
  summary: 'Summary',
  sources: 'Sources',
  byField: 'By field',
  established: 'Established',
  ended: 'Ended',
  paragraphs: 'Paragraphs ({n})',
  outgoing: 'Cites and acts on ({n})',
  incoming: 'Cited or acted on by ({n})',
  moreCitations: 'Show {n} more ({shown} of {total} shown)',
  evidence: 'Evidence',
  clause: 'Citing clause',
  quote: 'Text',
  source: 'Source',
  from: 'From',
  to: 'To',
  partOf: 'Part of',
  loading: 'Loading…',
  notFound: 'Not found: “{id}”.',
  notFoundHint: 'Check the symbol, or search for it.',
  backHome: 'Back to the start',
  offline: 'The server cannot be reached.',
  retryingIn: 'Retrying in {s} s…',
  retryNow: 'Retry now',
  error: 'Something went wrong: {msg}',
  dataChanged: 'This link was made on data version {v}; the graph has changed since (version {now}, loaded {at}), so what you see may differ from what was shared.',
  dataChangedFile: 'This file was saved from data version {v}; the graph has changed since (version {now}, loaded {at}): traces are asked of it anew.',
  truncated: 'Showing {n:node}: the neighbourhood was cut at the cap of {cap}. Expand nodes to see more.',
  expandCapped: 'Expansion capped: {n:newNode} added, more exist.',
  graphFull: 'The graph already holds {n:node}: undo or restart before expanding more.',
  nothingNew: 'No new neighbours.',
  connect: 'Connect',
  connectTitle: 'Add the citations between the nodes shown that the graph does not show yet',
  connected: '{e:edge} added between the nodes shown.',
  connectedNone: 'No citation between the nodes shown was missing.',
  connectTooMany: 'Connect works on up to {cap} nodes; the graph shows {n:node}.',
  traceEmpty: 'No {dir} mandate chain from here.',
  traceShown: '{n:chain}, {hops:hop}, laid out by date and forum.',
  traceWider: 'It goes on beyond the view: drag to follow it in time, or Fit to see it whole.',
  traceStrength: 'Only through clauses at least as strong as “{s}” (the legend\'s Strength).',
  listStrength: 'Only those at least as strong as “{s}” (the legend\'s Strength).',
  mandate: 'Mandate',
  history: 'Drafts and revisions ({n} stages)',
  historyHint: 'Each stage after the first says what changed, and where that is read.',
  historyThisText: 'This text',
  historyFrom: 'from',
  historyUndated: 'undated',
  positions: 'Positions taken on it ({n})',
  actorKind: 'Positions',
  actorPositions: 'Positions on every text ({n})',
  actorPositionsNone: 'No position of a party by this name is recorded.',
  actorPositionsTitle: 'The positions of {actor} on every text',
  historyDraw: 'Draw these stages',
  historyEmpty: 'No drafts or revisions are recorded for this text.',
  historyShown: 'Drafts and revisions: {n} stages, laid out by date and forum.',
  historyStrength: 'Drafting links have no strength: the legend\'s strength choice hides them.',
  mandates: 'Mandates addressed to it ({n})',
  mandatesNone: 'No mandate addressed to it or its parts is recorded.',
  textMandates: 'Mandates its paragraphs give ({n})',
  moreMandates: 'Show more mandates',
  mandatesReadOn: 'None among the {n} mandates read so far; more follow.',
  mandatesButton: 'Mandates',
  mandatesButtonTitle: 'Every mandate in the graph and where it stands: fulfilled, in progress, overdue…',
  landscapeKind: 'Mandates',
  landscapeTitle: 'Mandates across the graph',
  landscapeCount: 'Mandates ({n})',
  landscapeNone: 'No mandate has this status.',
  statusLabel: 'Status',
  statusAny: 'Any status',
  statusChanged: 'Changed since the end of {year}',
  statusChangedNoYear: 'Changed since… (choose a “New after” year)',
  changedNeedsYear: 'Choose a “New after” year in the time window: the list compares each mandate\'s status at its end with its status now.',
  changedBetween: 'Status changes since the end of {since}, {asOf}',
  changedNone: 'No mandate\'s status changed between these days.',
  mandateWas: 'its status on {day}',
  mandateNew: 'new',
  mandateNewTitle: 'adopted after {day}',
  mandateStatusTitle: 'Read from what the graph records: a report, event or body that carried it out, its due date, and the bodies it addressed.',
  mandateAsOfToday: 'as of today',
  mandateAsOfYear: 'as of the end of {year} (the time window)',
  mandateAddressedTo: 'Addressed to',
  mandateDue: 'Due',
  mandateCarriedOutBy: 'Carried out by',
  mandateTakenUpBy: 'Taken up by',
  mandateTakesUp: 'Takes up',
  mandateByText: 'Carried out by {name} ({date}).',
  mandateByBody: 'Carried out by {name}, which ended its work on {date}.',
  mandateAtWork: '{name} is at work on it.',
  mandateLate: 'Past its due date ({due}).',
  mandateLapsed: 'Nothing recorded carried it out, and every body it addressed has ended.',
  mandateOverdue: 'Due {due}; no output carrying it out is recorded.',
  mandateActive: 'Due {due}; nothing carries it out yet.',
  mandateActiveNoDue: 'No due date recorded; nothing carries it out yet.',
  upstream: 'upstream',
  downstream: 'downstream',
  welcomeTitle: 'Trace the mandate',
  welcomeText: 'Follow how a WSIS paragraph became a UN General Assembly request, a CSTD working group and an ITU opinion. Search above, or start from:',
  counts: '{n:node} · {e:edge}',
  timeWindow: 'Time window',
  asOf: 'As of',
  newAfter: 'New after',
  allYears: 'All years',
  play: 'Play',
  pause: 'Pause',
  timeLater: 'after {year}, hidden: {n:node}',
  timeNew: 'new after {year}: {n:node}, {e:edge}',
  timeEndedBy: 'ended by {year}: {n:node}',
  timeEnded: 'ended: {n:node}',
  markLater: 'after {year}',
  markNew: 'new after {year}',
  edgeLater: 'Its citing text is later than {year}: the time window hides this edge in the graph.',
  nodeLater: 'Dated {date}, later than {year}: the time window hides it in the graph.',
  nodeLaterShow: 'Show as of {year}',
  selectHint: 'Click a node or an edge to read its evidence; double-click a node to expand it.',
  dirUp: 'up',
  kinds_Instrument: 'Instrument',
  kinds_Provision: 'Paragraph',
  kinds_Body: 'Body',
  syntheticNote: 'Synthetic graph for performance testing ({n:node}, {e:edge}).',
  reversed: 'walked against the stored direction',
  keyboardHint: 'Keys: / search · ↑↓ move · Enter open · Esc close',
};

export type MessageKey = keyof typeof en;
/** Every message's key (the same in both languages: `ar` is typed to have them all). */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

const ar: Record<MessageKey, string> = {
  appTitle: 'أطلس حوكمة الإنترنت',
  tagline: 'كيف تستشهد نصوص حوكمة الإنترنت ببعضها وتكلّف بعضها',
  searchPlaceholder: 'ابحث في الصكوك والفقرات والهيئات (بالعربية أو الإنجليزية؛ «عبارة» بين علامتي تنصيص)…',
  searchLabel: 'بحث',
  noResults: 'لا نتائج.',
  followSearch: 'تابِع هذا البحث في قارئ الخلاصات، الأحدث أولا (Atom)',
  showAllHits: 'اعرض كل نص مطابق (أقدم 100) في الرسم، مع ما يستشهد به بعضها من بعض',
  phraseShown: 'النصوص التي تطابق {text}: {hits:text}، هنا في مسارات زمنية حسب المحفل، كل فقرة مع صكّها ({n:node} إجمالًا)، مع ما يستشهد به بعضها من بعض.',
  phraseEmpty: 'لا شيء يطابق {text}.',
  phraseCapped: 'هذه أقدم {hits:text}؛ ولا تُرسم النصوص اللاحقة المطابقة (تسردها تغذية العبارة، الأحدث أولًا).',
  phraseCappedOf: 'هذه أقدم {hits} من النصوص المطابقة، وعددها {total:text}؛ ولا تُرسم اللاحقة منها (تسردها تغذية العبارة، الأحدث أولًا).',
  phraseCappedOfMore: 'هذه أقدم {hits} من النصوص المطابقة، وعددها أكثر من {total:text}؛ ولا تُرسم اللاحقة منها (تسردها تغذية العبارة، الأحدث أولًا).',
  phraseEarliestPartial: 'يطابق عددٌ كبير من النصوص، فاختيرت هذه من أفضلها مطابقةً فقط: قد تغيب استعمالات أقدم. تضيّق العبارةُ بين علامتي تنصيص أو كلماتٌ أكثر البحثَ.',
  yearsTitle: '{text} حسب السنة: {n:text} إجمالًا',
  yearsTitleMore: '{text} حسب السنة: أكثر من {n:text}',
  yearsGroup: 'النصوص المطابقة في كل سنة: اختر سنة لترى الرسم كما كان في نهايتها',
  yearBar: '{years}: {n:text}',
  yearBarPart: '{years}: {n:text}، منها {drawn} في الرسم',
  yearBarAction: 'اعرض الرسم حتى نهاية عام {year}',
  yearsUndated: 'غير مؤرَّخة: {n:text}.',
  yearsPartial: 'يطابق عددٌ كبير من النصوص، فلم تُعَدّ إلا أفضلها مطابقةً في كل لغة.',
  yearsDrawnKey: 'الأغمق: مرسوم في الرسم؛ الأفتح: غير مرسوم.',
  yearsCsv: 'CSV: النصوص المطابقة في كل سنة',
  searching: 'جارٍ البحث…',
  fit: 'ملاءمة',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  expand: 'توسيع الجوار',
  undo: 'تراجع',
  traceUp: 'تتبّع إلى المصدر',
  traceDown: 'تتبّع إلى ما تلاه',
  clearTrace: 'إلغاء التتبّع',
  layout: 'التخطيط',
  layoutForce: 'قوى',
  layoutHierarchy: 'هرمي',
  layoutLanes: 'مسارات زمنية',
  exportPng: 'صورة PNG',
  exportJson: 'JSON: العرض، ليُفتح مجددًا',
  exportCsv: 'CSV: جدول بالوصلات',
  exportGraphml: 'GraphML: لبرنامج Gephi أو yEd',
  exportMenu: 'تصدير أو فتح',
  importJson: 'فتح عرض JSON…',
  imported: 'فُتح {file}: {n:node}، {e:edge}.',
  importFailed: 'تعذّر فتح {msg}',
  language: 'English',
  languageLabel: 'Switch the interface to English',
  legend: 'مفتاح الرموز',
  relations: 'العلاقات',
  nodeKinds: 'العُقد',
  citing: 'استشهاد',
  acting: 'إجراء',
  structure: 'بنية',
  strength: 'قوة الصيغة',
  strengthTitle: 'مدى قوة الفقرة المستشهِدة في الإلزام، مقروءةً من فعلها؛ فقرات الديباجة لا تُلزم بشيء. هذه قراءة المشروع، لا حكم قانوني.',
  strengthAny: 'كل الروابط',
  strengthFrom: '{s} أو أقوى',
  all: 'الكل',
  none: 'لا شيء',
  close: 'إغلاق',
  centre: 'توسيط',
  feed: 'خلاصة',
  feedTitle: 'تابِع في قارئ الخلاصات من يستشهد بهذا أو يتخذ إجراءً بشأنه لاحقا (Atom)',
  cite: 'استشهاد',
  citeCopied: 'نُسخ إلى الحافظة مرجع مع رابطه وإصدار البيانات.',
  symbol: 'الرمز',
  date: 'التاريخ',
  body: 'الهيئة',
  kind: 'النوع',
  venue: 'المكان',
  officialLink: 'النص الرسمي',
  confidence: 'درجة الثقة',
  method: 'الطريقة',
  originalLanguage: 'اللغة الأصلية',
  note: 'ملاحظة',
  summary: 'ملخص',
  sources: 'المصادر',
  byField: 'حسب الحقل',
  established: 'أُنشئت',
  ended: 'انتهت',
  paragraphs: 'الفقرات ({n})',
  outgoing: 'يستشهد بـ أو يتصرف في ({n})',
  incoming: 'استُشهد به أو تُصرّف فيه من ({n})',
  moreCitations: 'عرض {n} أخرى (المعروض {shown} من {total})',
  evidence: 'الدليل',
  clause: 'الفقرة المستشهِدة',
  quote: 'النص',
  source: 'المصدر',
  from: 'من',
  to: 'إلى',
  partOf: 'جزء من',
  loading: 'جارٍ التحميل…',
  notFound: 'غير موجود: «{id}».',
  notFoundHint: 'تحقّق من الرمز أو ابحث عنه.',
  backHome: 'العودة إلى البداية',
  offline: 'تعذّر الوصول إلى الخادم.',
  retryingIn: 'إعادة المحاولة بعد {s} ث…',
  retryNow: 'أعد المحاولة الآن',
  error: 'حدث خطأ: {msg}',
  dataChanged: 'صُنع هذا الرابط على الإصدار {v} من البيانات، وقد تغيّر الرسم البياني منذ ذلك الحين (الإصدار {now}، حُمّل في {at})، فقد يختلف ما تراه عمّا شورك.',
  dataChangedFile: 'حُفظ هذا الملف من الإصدار {v} من البيانات، وقد تغيّر الرسم البياني منذ ذلك الحين (الإصدار {now}، حُمّل في {at}): تُطلب مسارات التتبّع منه من جديد.',
  truncated: 'تُعرض {n:node}: اقتُطع الجوار عند الحد {cap}. وسّع العقد لرؤية المزيد.',
  expandCapped: 'التوسيع محدود: أضيفت {n:newNode}، وتوجد أخرى.',
  graphFull: 'يضم الرسم {n:node} بالفعل: تراجع أو ابدأ من جديد قبل التوسيع.',
  nothingNew: 'لا جيران جدد.',
  connect: 'ربط',
  connectTitle: 'أضف الاستشهادات بين العقد المعروضة التي لا يعرضها الرسم بعد',
  connected: 'أضيفت {e:edge} بين العقد المعروضة.',
  connectedNone: 'لا ينقص أي استشهاد بين العقد المعروضة.',
  connectTooMany: 'يعمل الربط على {cap} عقدة على الأكثر؛ يعرض الرسم {n:node}.',
  traceEmpty: 'لا توجد سلسلة تكليف ({dir}) من هنا.',
  traceShown: '{n:chain}، {hops:hop}، مرتبة حسب التاريخ والمحفل.',
  traceWider: 'تمتد خارج العرض: اسحب لتتبعها عبر الزمن، أو اختر «ملاءمة» لرؤيتها كاملة.',
  traceStrength: 'عبر الفقرات التي صيغتها «{s}» أو أقوى فقط (قوة الصيغة في مفتاح الرموز).',
  listStrength: 'ما صيغته «{s}» أو أقوى فقط (قوة الصيغة في مفتاح الرموز).',
  mandate: 'الولاية',
  history: 'مراحل الصياغة والتنقيح ({n})',
  historyHint: 'تذكر كل مرحلة بعد الأولى ما تغيّر ومصدر ذلك.',
  historyThisText: 'هذا النص',
  historyFrom: 'من',
  historyUndated: 'غير مؤرخ',
  positions: 'المواقف منه ({n})',
  actorKind: 'المواقف',
  actorPositions: 'المواقف من كل النصوص ({n})',
  actorPositionsNone: 'لا يُسجَّل موقف لطرف بهذا الاسم.',
  actorPositionsTitle: 'مواقف {actor} من كل النصوص',
  historyDraw: 'ارسم هذه المراحل',
  historyEmpty: 'لا مسودات ولا تنقيحات مسجلة لهذا النص.',
  historyShown: 'المسودات والتنقيحات: {n} مراحل، مرتبة حسب التاريخ والمحفل.',
  historyStrength: 'روابط الصياغة بلا قوة صيغة: يخفيها اختيار قوة الصيغة في دليل الرموز.',
  mandates: 'الولايات الموجهة إليه ({n})',
  mandatesNone: 'لا تُسجَّل ولاية موجهة إليه أو إلى أجزائه.',
  textMandates: 'الولايات التي تتضمنها فقراته ({n})',
  moreMandates: 'عرض مزيد من الولايات',
  mandatesReadOn: 'لا شيء بين الولايات الـ{n} المقروءة حتى الآن؛ وهناك المزيد.',
  mandatesButton: 'الولايات',
  mandatesButtonTitle: 'كل ولاية في الرسم البياني وأين وصلت: منفّذة، قيد التنفيذ، متأخرة…',
  landscapeKind: 'الولايات',
  landscapeTitle: 'الولايات في الرسم البياني كله',
  landscapeCount: 'الولايات ({n})',
  landscapeNone: 'لا ولاية بهذه الحالة.',
  statusLabel: 'الحالة',
  statusAny: 'أي حالة',
  statusChanged: 'تغيّرت منذ نهاية {year}',
  statusChangedNoYear: 'تغيّرت منذ… (اختر سنة «الجديد بعد»)',
  changedNeedsYear: 'اختر سنة «الجديد بعد» في النافذة الزمنية: تقارن القائمة حالة كل ولاية في نهايتها بحالتها الآن.',
  changedBetween: 'تغيّرات الحالة منذ نهاية {since}، {asOf}',
  changedNone: 'لم تتغير حالة أي ولاية بين هذين اليومين.',
  mandateWas: 'حالتها في {day}',
  mandateNew: 'جديدة',
  mandateNewTitle: 'اعتُمدت بعد {day}',
  mandateStatusTitle: 'تُقرأ مما يسجله الرسم البياني: تقرير أو حدث أو هيئة نفّذتها، وموعدها، والهيئات الموجهة إليها.',
  mandateAsOfToday: 'حتى اليوم',
  mandateAsOfYear: 'في نهاية {year} (النافذة الزمنية)',
  mandateAddressedTo: 'موجهة إلى',
  mandateDue: 'موعدها',
  mandateCarriedOutBy: 'نفّذها',
  mandateTakenUpBy: 'تابعتها',
  mandateTakesUp: 'تتابع',
  mandateByText: 'نُفّذت بـ {name} ({date}).',
  mandateByBody: 'نفّذتها {name} التي أنهت عملها في {date}.',
  mandateAtWork: '{name} تعمل على تنفيذها.',
  mandateLate: 'بعد موعدها ({due}).',
  mandateLapsed: 'لم يُسجَّل ما ينفّذها، وقد انتهت كل الهيئات الموجهة إليها.',
  mandateOverdue: 'موعدها {due}؛ ولا يُسجَّل ناتج ينفّذها.',
  mandateActive: 'موعدها {due}؛ ولا شيء ينفّذها بعد.',
  mandateActiveNoDue: 'لا يُسجَّل لها موعد؛ ولا شيء ينفّذها بعد.',
  upstream: 'إلى المصدر',
  downstream: 'إلى ما تلاه',
  welcomeTitle: 'تتبّع الولاية',
  welcomeText: 'تابِع كيف أصبحت فقرة من القمة العالمية لمجتمع المعلومات طلبًا من الجمعية العامة، وفريقًا عاملًا للجنة العلم والتكنولوجيا، ورأيًا للاتحاد الدولي للاتصالات. ابحث أعلاه أو ابدأ من:',
  counts: '{n:node} · {e:edge}',
  timeWindow: 'النافذة الزمنية',
  asOf: 'حتى نهاية',
  newAfter: 'الجديد بعد',
  allYears: 'كل السنوات',
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  timeLater: 'بعد {year}، مخفية: {n:node}',
  timeNew: 'الجديد بعد {year}: {n:node}، {e:edge}',
  timeEndedBy: 'انتهت بحلول {year}: {n:node}',
  timeEnded: 'انتهت: {n:node}',
  markLater: 'بعد {year}',
  markNew: 'جديد بعد {year}',
  edgeLater: 'نصّه المستشهِد لاحق لعام {year}: تخفي النافذة الزمنية هذه الوصلة في الرسم.',
  nodeLater: 'مؤرَّخ {date}، أي بعد عام {year}: تخفيه النافذة الزمنية في الرسم.',
  nodeLaterShow: 'اعرض حتى عام {year}',
  selectHint: 'انقر عقدة أو وصلة لقراءة الدليل؛ انقر مرتين على عقدة لتوسيعها.',
  dirUp: 'أعلى',
  kinds_Instrument: 'صك',
  kinds_Provision: 'فقرة',
  kinds_Body: 'هيئة',
  syntheticNote: 'رسم اصطناعي لاختبار الأداء ({n:node}، {e:edge}).',
  reversed: 'سُلكت عكس الاتجاه المخزّن',
  keyboardHint: 'المفاتيح: / بحث · ↑↓ تنقّل · Enter فتح · Esc إغلاق',
};

const RELATION_NAMES: Record<UiLang, Record<string, string>> = {
  en: {
    RECALLS: 'recalls', NOTES: 'notes', RECOGNIZES: 'recognizes', CONSIDERS: 'considers', REAFFIRMS: 'reaffirms',
    EMPHASIZES: 'emphasizes', WELCOMES: 'welcomes', ENDORSES: 'endorses', QUOTES: 'quotes', CITES: 'cites',
    IMPLEMENTS: 'implements', SUCCEEDS: 'succeeds', REVISES: 'revises', ADOPTS: 'adopts', MANDATES: 'mandates', REQUESTS: 'requests',
    INVITES: 'invites', DECIDES: 'decides', ESTABLISHES: 'establishes', INSTRUCTS: 'instructs', CALLS_UPON: 'calls upon',
    REPORTS_TO: 'reports to', PART_OF: 'part of', ISSUED_BY: 'issued by',
  },
  ar: {
    RECALLS: 'يشير إلى', NOTES: 'يحيط علمًا', RECOGNIZES: 'يعترف', CONSIDERS: 'يضع في اعتباره', REAFFIRMS: 'يعيد تأكيد',
    EMPHASIZES: 'يشدد على', WELCOMES: 'يرحب', ENDORSES: 'يؤيد', QUOTES: 'يقتبس', CITES: 'يستشهد',
    IMPLEMENTS: 'ينفّذ', SUCCEEDS: 'يخلف', REVISES: 'ينقّح', ADOPTS: 'يعتمد', MANDATES: 'يكلّف', REQUESTS: 'يطلب',
    INVITES: 'يدعو', DECIDES: 'يقرر', ESTABLISHES: 'ينشئ', INSTRUCTS: 'يوعز', CALLS_UPON: 'يهيب بـ',
    REPORTS_TO: 'يقدم تقاريره إلى', PART_OF: 'جزء من', ISSUED_BY: 'صادر عن',
  },
};

const LANE_NAMES: Record<UiLang, Record<string, string>> = {
  en: { WSIS: 'WSIS', UNGA: 'UN General Assembly', 'ECOSOC/CSTD': 'ECOSOC / CSTD', ITU: 'ITU', OTHER: 'Other' },
  ar: { WSIS: 'القمة العالمية لمجتمع المعلومات', UNGA: 'الجمعية العامة', 'ECOSOC/CSTD': 'المجلس الاقتصادي والاجتماعي / لجنة العلم والتكنولوجيا', ITU: 'الاتحاد الدولي للاتصالات', OTHER: 'أخرى' },
};

/** The closed vocabularies the panel shows (cypher/model.ts, seed/src/corpus/corpus.types.ts). */
interface Terms {
  instrumentKind: Record<InstrumentKind, string>;
  bodyKind: Record<BodyKind, string>;
  role: Record<ProvisionRole, string>;
  confidence: Record<Confidence, string>;
  strength: Record<Strength, string>;
  mandateStatus: Record<MandateStatus, string>;
  stance: Record<PositionStance, string>;
}
export type TermGroup = keyof Terms;

const TERMS: Record<UiLang, Terms> = {
  en: {
    instrumentKind: { OPINION: 'opinion', RESOLUTION: 'resolution', DECISION: 'decision', OUTCOME_DOCUMENT: 'outcome document', REPORT: 'report', EVENT: 'event', DRAFT: 'draft' },
    bodyKind: { 'un-organ': 'UN organ', 'itu-organ': 'ITU organ', summit: 'summit', 'working-group': 'working group', forum: 'forum', office: 'office', stakeholders: 'stakeholders' },
    role: { preambular: 'preambular', operative: 'operative', view: 'view', quoted: 'quoted', paragraph: 'paragraph' },
    confidence: { verified: 'verified', 'seed-document': 'seed document', extracted: 'extracted', unconfirmed: 'unconfirmed' },
    strength: { DECIDES: 'decides', REQUESTS: 'requests', CALLS_UPON: 'calls upon', INVITES: 'invites', ENCOURAGES: 'encourages', DECLARES: 'declares' },
    mandateStatus: { ACTIVE: 'active', IN_PROGRESS: 'in progress', FULFILLED: 'fulfilled', OVERDUE: 'overdue', LAPSED: 'lapsed' },
    stance: {
      PROPOSED: 'proposed', SUPPORTED: 'supported', WITHDREW: 'withdrew a proposal', OPPOSED: 'opposed', RESERVED: 'reserved its position', STATED: 'stated a view',
      CONSENSUS: 'adopted by consensus', WITHOUT_VOTE: 'adopted without a vote', VOTE: 'adopted by a vote', NOT_ADOPTED: 'not adopted',
    },
  },
  ar: {
    instrumentKind: { OPINION: 'رأي', RESOLUTION: 'قرار', DECISION: 'مقرر', OUTCOME_DOCUMENT: 'وثيقة ختامية', REPORT: 'تقرير', EVENT: 'حدث', DRAFT: 'مشروع' },
    bodyKind: { 'un-organ': 'جهاز تابع للأمم المتحدة', 'itu-organ': 'جهاز تابع للاتحاد الدولي للاتصالات', summit: 'قمة', 'working-group': 'فريق عامل', forum: 'منتدى', office: 'مكتب', stakeholders: 'أصحاب المصلحة' },
    role: { preambular: 'ديباجة', operative: 'منطوق', view: 'رأي', quoted: 'مقتبس', paragraph: 'فقرة' },
    confidence: { verified: 'موثّق', 'seed-document': 'من الوثيقة المصدر', extracted: 'مستخرج آليًا', unconfirmed: 'غير مؤكد' },
    strength: { DECIDES: 'يقرر', REQUESTS: 'يطلب', CALLS_UPON: 'يهيب', INVITES: 'يدعو', ENCOURAGES: 'يشجع', DECLARES: 'يعلن' },
    mandateStatus: { ACTIVE: 'سارية', IN_PROGRESS: 'قيد التنفيذ', FULFILLED: 'منفّذة', OVERDUE: 'متأخرة', LAPSED: 'منقضية' },
    stance: {
      PROPOSED: 'اقترح', SUPPORTED: 'أيّد', WITHDREW: 'سحب اقتراحه', OPPOSED: 'عارض', RESERVED: 'تحفّظ', STATED: 'أدلى برأي',
      CONSENSUS: 'اعتُمد بتوافق الآراء', WITHOUT_VOTE: 'اعتُمد دون تصويت', VOTE: 'اعتُمد بالتصويت', NOT_ADOPTED: 'لم يُعتمد',
    },
  },
};

/**
 * Arabic names of the drafting verbs: the first Arabic phrase of each verb in the parser's lexicon
 * (seed/src/parse/lexicon.ts), so the panel and the parser share one vocabulary.
 */
const ARABIC_VERBS = new Map<string, string>();
for (const row of [...PREAMBULAR, ...OPERATIVE, ...VIEW, ...VIEW_ACTIONS]) {
  const phrase = row.phrases.ar?.[0];
  if (phrase && !ARABIC_VERBS.has(row.verb)) ARABIC_VERBS.set(row.verb, phrase); // the first list that names the verb wins
}

const TABLES: Record<UiLang, Record<MessageKey, string>> = { en, ar };
let current: UiLang = 'en';

export function setLang(lang: UiLang): void {
  current = lang;
}
export function getLang(): UiLang {
  return current;
}

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Noun = 'node' | 'newNode' | 'edge' | 'chain' | 'hop' | 'text';

/**
 * Counted nouns, by the plural category Intl.PluralRules gives the number in each language; {n}
 * is where the number goes. English: "1 node", "2 nodes". Arabic names one and two without the
 * number (عقدة واحدة، عقدتان), puts 3 to 10 with the plural (3 عقد) and other numbers with the
 * singular (11 عقدة، 100 عقدة), and says none without a number (لا عقد, "no nodes"): a category a
 * noun lacks falls back to `other`.
 */
const NOUNS: Record<UiLang, Record<Noun, Partial<Record<PluralCategory, string>> & { other: string }>> = {
  en: {
    node: { one: '{n} node', other: '{n} nodes' },
    newNode: { one: '{n} new node', other: '{n} new nodes' },
    edge: { one: '{n} edge', other: '{n} edges' },
    chain: { one: '{n} chain', other: '{n} chains' },
    hop: { one: '{n} hop', other: '{n} hops' },
    text: { one: '{n} text', other: '{n} texts' },
  },
  ar: {
    node: { zero: 'لا عقد', one: 'عقدة واحدة', two: 'عقدتان', few: '{n} عقد', other: '{n} عقدة' },
    newNode: { zero: 'لا عقد جديدة', one: 'عقدة جديدة واحدة', two: 'عقدتان جديدتان', few: '{n} عقد جديدة', other: '{n} عقدة جديدة' },
    edge: { zero: 'لا وصلات', one: 'وصلة واحدة', two: 'وصلتان', few: '{n} وصلات', other: '{n} وصلة' },
    chain: { zero: 'لا سلاسل', one: 'سلسلة واحدة', two: 'سلسلتان', few: '{n} سلاسل', other: '{n} سلسلة' },
    hop: { zero: 'لا خطوات', one: 'خطوة واحدة', two: 'خطوتان', few: '{n} خطوات', other: '{n} خطوة' },
    text: { zero: 'لا نصوص', one: 'نص واحد', two: 'نصّان', few: '{n} نصوص', many: '{n} نصًا', other: '{n} نص' },
  },
};

const isNoun = (name: string): name is Noun => name in NOUNS.en;
/** One rule set per language, made once: counts are formatted on every change of the graph. */
const PLURAL_RULES: Record<UiLang, Intl.PluralRules> = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') };

/** `n` with `noun` in the form the current language wants for that number. */
export function counted(n: number, noun: Noun): string {
  const forms = NOUNS[current][noun];
  const category = PLURAL_RULES[current].select(n) as PluralCategory;
  return (forms[category] ?? forms.other).replace('{n}', String(n));
}

/**
 * The message for `key` in the current language, with {name} placeholders filled, and {name:noun}
 * ones with the number and the noun in agreement (counted).
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLES[current][key].replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, noun?: string) => {
    const value = params[name];
    // An unknown noun stays visible, as a missing value does (a test reads every message for them).
    if (value === undefined || (noun !== undefined && !isNoun(noun))) return whole;
    return noun ? counted(Number(value), noun) : String(value);
  });
}

/** A value of a closed vocabulary in the current language; an unknown value is shown as it is. */
export function term(group: TermGroup, value: string): string {
  return (TERMS[current][group] as Record<string, string>)[value] ?? value;
}

/**
 * The normalised English verb of a clause ("Recalling", "Invites") in the current language. A
 * curated verb is written as its source has it ("invites"): capitalised, it is the lexicon's.
 */
export function verbName(verb: string): string {
  const capitalised = verb.charAt(0).toUpperCase() + verb.slice(1);
  return current === 'ar' ? (ARABIC_VERBS.get(capitalised) ?? verb) : capitalised;
}

/**
 * Latin item letters back to the abjad letters Arabic texts number their items with (the parser
 * reads them the other way: itemLetter in seed/src/parse/normalize.ts).
 */
const ABJAD: Readonly<Record<string, string>> = { a: 'أ', b: 'ب', c: 'ج', d: 'د', e: 'هـ', f: 'و', g: 'ز', h: 'ح', i: 'ط', j: 'ي', k: 'ك', l: 'ل' };

/**
 * The labels the parser gives clauses, in English whatever the document's language (they are also
 * stored and exported that way): an optional owner, then a verb of the lexicon or "Operative",
 * then optionally an item letter or a number: "Recalling (a)", "Requests 3", "Operative 2",
 * "Opinion 6 Noting (b)"; the curated corpus also says "Recalling (preamble)". Longest verb first,
 * so "Taking note" wins over "Noting".
 */
const CLAUSE_LABEL = new RegExp(
  `^(.* )?(${[...ARABIC_VERBS.keys(), 'Operative'].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?: \\(([a-l])\\)| \\((\\d+)\\)| (\\d+[a-z]?)| \\((preamble)\\))?$`,
);

/**
 * A clause label in the current language. In Arabic its verb becomes the lexicon's Arabic phrase
 * and its item letter the abjad letter ("Recalling (a)" → "إذ يذكر (أ)", "Operative 2" → "الفقرة
 * 2"); the owner, numbers, "¶20" and a verb with no Arabic phrase are kept as they are.
 */
export function clauseLabel(label: string): string {
  if (current === 'en') return label;
  const match = CLAUSE_LABEL.exec(label);
  if (!match) return label;
  const [, owner = '', verb, letter, index, number, preamble] = match;
  const name = verb === 'Operative' ? 'الفقرة' : ARABIC_VERBS.get(verb!)!;
  const suffix = letter ? ` (${ABJAD[letter]})` : index ? ` (${index})` : number ? ` ${number}` : preamble ? ' (الديباجة)' : '';
  return `${owner}${name}${suffix}`;
}

/** A node's label as shown: a paragraph's clause label in the current language (clauseLabel), any other as it is. */
export function nodeLabel(kind: string, label: string): string {
  return kind === 'Provision' ? clauseLabel(label) : label;
}

/**
 * A language's name from its code ("en" → "English", or "الإنجليزية" in the Arabic interface), by
 * the browser's Intl.DisplayNames; a code it cannot name is shown as it is.
 */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([current], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed language tag
  }
}

/**
 * The fields the API's `fieldProvenance` names (the properties that hold them), for the panel's "By
 * field" list: those the panel already labels use its labels; a field not named here is shown by its
 * property name.
 */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  adopted: 'date', body: 'body', symbol: 'symbol', kind: 'kind', venue: 'venue', originalLanguage: 'originalLanguage', url: 'officialLink',
  established: 'established', ended: 'ended', partOf: 'partOf', summaryEn: 'summary', text: 'quote', from: 'from', to: 'to',
};
const FIELD_NAMES: Record<UiLang, Record<string, string>> = {
  en: {
    titleEn: 'English title', titleAr: 'Arabic title', titleFr: 'French title', shortTitle: 'Short title', endDate: 'End date',
    forumStart: 'Forum opened', forumEnd: 'Forum closed', number: 'Number', label: 'Label', role: 'Role', verb: 'Verb',
    textAr: 'Arabic text', textEn: 'English text', textFr: 'French text', language: 'Language of the text', name: 'Name', nameAr: 'Arabic name',
    relation: 'Relation',
  },
  ar: {
    titleEn: 'العنوان بالإنجليزية', titleAr: 'العنوان بالعربية', titleFr: 'العنوان بالفرنسية', shortTitle: 'العنوان المختصر', endDate: 'تاريخ الانتهاء',
    forumStart: 'افتتاح المنتدى', forumEnd: 'اختتام المنتدى', number: 'الرقم', label: 'التسمية', role: 'الدور', verb: 'الفعل',
    textAr: 'النص العربي', textEn: 'النص الإنجليزي', textFr: 'النص الفرنسي', language: 'لغة النص', name: 'الاسم', nameAr: 'الاسم بالعربية',
    relation: 'العلاقة',
  },
};

/** A field of the API's `fieldProvenance` in the current language. */
export function fieldName(field: string): string {
  const label = FIELD_LABELS[field];
  return label ? TABLES[current][label] : (FIELD_NAMES[current][field] ?? field);
}

/** How an edge was made: "rule:tunis-paragraphs" (a parser rule) or "curated", in the current language. */
export function methodName(method: string): string {
  if (current === 'en') return method.replace(/^rule:/, 'rule: ');
  if (method === 'curated') return 'منسّق يدويًا';
  return method.replace(/^rule:/, 'قاعدة: ');
}

export function relationName(relation: string): string {
  return RELATION_NAMES[current][relation] ?? relation.toLowerCase().replace(/_/g, ' ');
}

export function laneName(lane: string): string {
  return LANE_NAMES[current][lane] ?? lane;
}

/** True when the text is mostly Arabic script (for lang/dir on database text). */
export function isArabicText(text: string): boolean {
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > 0 && arabic >= latin;
}
