/**
 * What a number counts: the counted noun after it (2500 جندي، ثلاث جولات، 150 هجوماً), folded to one canonical
 * unit with a family, so that جندي and عسكري (or جنود) count the same thing and an analyst sees one figure.
 * General news vocabulary only: forces, casualties, attacks, talks, money, places, people, measures.
 *
 * Each entry lists its singular and its plurals. Whether a dual (جنديين) may be read off the word depends on
 * the plural: a noun whose plural is sound-masculine (مستشارين) writes its dual in -ين the same way, so only
 * the nominative -ان dual is trusted for it; feminine duals (-تين، -تان) never collide with a plural.
 */
import { normalize } from '../../language/normalize.js';

export interface Unit {
  /** Canonical singular, as printed. */
  name: string;
  /** Nouns of one family count the same thing (جندي، عسكري، مستشار → troops). */
  family: string;
  /** Normalised singular. */
  singular: string;
  /** The plural is sound-masculine (-ون/-ين), so a written -ين is not a dual. */
  soundPlural: boolean;
}

/** Families whose units count people (soldiers, civilians, the dead …): the counts a toll gives. */
export const PERSON_FAMILIES: ReadonlySet<string> = new Set([
  'troops', 'fighters', 'officers', 'trainers', 'killed', 'victims', 'wounded', 'people', 'civilians', 'children', 'women',
  'refugees', 'displaced', 'detainees', 'hostages', 'migrants', 'staff', 'deputies', 'diplomats',
]);

interface Entry {
  name: string;
  family: string;
  plurals: string[];
  soundPlural?: boolean;
}

const ENTRIES: Entry[] = [
  // armed forces
  { name: 'جندي', family: 'troops', plurals: ['جنود'] },
  { name: 'عسكري', family: 'troops', plurals: ['عسكريين', 'عسكريون'], soundPlural: true },
  { name: 'مستشار', family: 'troops', plurals: ['مستشارين', 'مستشارون'], soundPlural: true },
  { name: 'عنصر', family: 'troops', plurals: ['عناصر'] },
  { name: 'مقاتل', family: 'fighters', plurals: ['مقاتلين', 'مقاتلون'], soundPlural: true },
  { name: 'مسلح', family: 'fighters', plurals: ['مسلحين', 'مسلحون'], soundPlural: true },
  { name: 'ضابط', family: 'officers', plurals: ['ضباط'] },
  { name: 'جنرال', family: 'officers', plurals: ['جنرالات'] },
  { name: 'مدرب', family: 'trainers', plurals: ['مدربين', 'مدربون'], soundPlural: true },
  // casualties and people
  { name: 'قتيل', family: 'killed', plurals: ['قتلى'] },
  { name: 'شهيد', family: 'killed', plurals: ['شهداء'] },
  { name: 'ضحية', family: 'victims', plurals: ['ضحايا'] },
  { name: 'جريح', family: 'wounded', plurals: ['جرحى'] },
  { name: 'مصاب', family: 'wounded', plurals: ['مصابين', 'مصابون'], soundPlural: true },
  { name: 'شخص', family: 'people', plurals: ['أشخاص'] },
  { name: 'مدني', family: 'civilians', plurals: ['مدنيين', 'مدنيون'], soundPlural: true },
  { name: 'مواطن', family: 'people', plurals: ['مواطنين', 'مواطنون'], soundPlural: true },
  { name: 'طفل', family: 'children', plurals: ['أطفال'] },
  { name: 'امرأة', family: 'women', plurals: ['نساء'] },
  { name: 'لاجئ', family: 'refugees', plurals: ['لاجئين', 'لاجئون'], soundPlural: true },
  { name: 'نازح', family: 'displaced', plurals: ['نازحين', 'نازحون'], soundPlural: true },
  { name: 'معتقل', family: 'detainees', plurals: ['معتقلين', 'معتقلون'], soundPlural: true },
  { name: 'محتجز', family: 'detainees', plurals: ['محتجزين', 'محتجزون'], soundPlural: true },
  { name: 'أسير', family: 'detainees', plurals: ['أسرى'] },
  { name: 'رهينة', family: 'hostages', plurals: ['رهائن'] },
  { name: 'مهاجر', family: 'migrants', plurals: ['مهاجرين', 'مهاجرون'], soundPlural: true },
  { name: 'موظف', family: 'staff', plurals: ['موظفين', 'موظفون'], soundPlural: true },
  { name: 'عامل', family: 'factors-or-workers', plurals: ['عوامل', 'عمال'] },
  { name: 'نائب', family: 'deputies', plurals: ['نواب'] },
  { name: 'دبلوماسي', family: 'diplomats', plurals: ['دبلوماسيين', 'دبلوماسيون'], soundPlural: true },
  // attacks and weapons
  { name: 'هجوم', family: 'attacks', plurals: ['هجمات'] },
  { name: 'هجمة', family: 'attacks', plurals: ['هجمات'] },
  { name: 'ضربة', family: 'strikes', plurals: ['ضربات'] },
  { name: 'غارة', family: 'strikes', plurals: ['غارات'] },
  { name: 'عملية', family: 'operations', plurals: ['عمليات'] },
  { name: 'صاروخ', family: 'missiles', plurals: ['صواريخ'] },
  { name: 'قذيفة', family: 'shells', plurals: ['قذائف'] },
  { name: 'طائرة', family: 'aircraft', plurals: ['طائرات'] },
  { name: 'مسيرة', family: 'drones', plurals: ['مسيرات'] },
  { name: 'دبابة', family: 'tanks', plurals: ['دبابات'] },
  { name: 'مركبة', family: 'vehicles', plurals: ['مركبات'] },
  { name: 'سفينة', family: 'ships', plurals: ['سفن'] },
  // talks and decisions
  { name: 'جولة', family: 'rounds', plurals: ['جولات'] },
  { name: 'اجتماع', family: 'meetings', plurals: ['اجتماعات'] },
  { name: 'لقاء', family: 'meetings', plurals: ['لقاءات'] },
  { name: 'جلسة', family: 'sessions', plurals: ['جلسات'] },
  { name: 'بند', family: 'clauses', plurals: ['بنود'] },
  { name: 'نقطة', family: 'points', plurals: ['نقاط'] },
  { name: 'مرحلة', family: 'phases', plurals: ['مراحل'] },
  { name: 'اتفاق', family: 'agreements', plurals: ['اتفاقات'] },
  { name: 'اتفاقية', family: 'agreements', plurals: ['اتفاقيات'] },
  { name: 'قرار', family: 'decisions', plurals: ['قرارات'] },
  { name: 'لجنة', family: 'committees', plurals: ['لجان'] },
  { name: 'دولة', family: 'countries', plurals: ['دول'] },
  { name: 'بلد', family: 'countries', plurals: ['بلدان'] },
  { name: 'حزب', family: 'parties', plurals: ['أحزاب'] },
  { name: 'فصيل', family: 'factions', plurals: ['فصائل'] },
  { name: 'مرة', family: 'times', plurals: ['مرات'] },
  // places
  { name: 'قاعدة', family: 'bases', plurals: ['قواعد'] },
  { name: 'موقع', family: 'sites', plurals: ['مواقع'] },
  { name: 'منزل', family: 'homes', plurals: ['منازل'] },
  { name: 'مبنى', family: 'buildings', plurals: ['مبان', 'مباني'] },
  { name: 'قرية', family: 'villages', plurals: ['قرى'] },
  { name: 'مدينة', family: 'cities', plurals: ['مدن'] },
  { name: 'محافظة', family: 'provinces', plurals: ['محافظات'] },
  { name: 'مستشفى', family: 'hospitals', plurals: ['مستشفيات'] },
  { name: 'مدرسة', family: 'schools', plurals: ['مدارس'] },
  // money and measures
  { name: 'دولار', family: 'usd', plurals: ['دولارات'] },
  { name: 'يورو', family: 'eur', plurals: [] },
  { name: 'دينار', family: 'dinar', plurals: ['دنانير'] },
  { name: 'ريال', family: 'riyal', plurals: ['ريالات'] },
  { name: 'جنيه', family: 'pound', plurals: ['جنيهات'] },
  { name: 'ليرة', family: 'lira', plurals: ['ليرات'] },
  { name: 'درهم', family: 'dirham', plurals: ['دراهم'] },
  { name: 'برميل', family: 'barrels', plurals: ['براميل'] },
  { name: 'طن', family: 'tonnes', plurals: ['أطنان'] },
  { name: 'كيلومتر', family: 'km', plurals: ['كيلومترات', 'كلم', 'كم'] },
  { name: 'متر', family: 'm', plurals: ['أمتار'] },
  { name: 'ميل', family: 'miles', plurals: ['أميال'] },
  { name: 'هكتار', family: 'hectares', plurals: ['هكتارات'] },
];

/** Nouns of time: a number before them is a date or a duration, which the time stage owns. */
const TIME_NOUNS = `يوم يوما أيام أسبوع أسبوعا أسابيع شهر شهرا أشهر شهور عام عاما أعوام سنة سنوات سنين ساعة ساعات
دقيقة دقائق ثانية ثوان ثواني عقد عقود قرن قرون يومين شهرين عامين سنتين أسبوعين ساعتين`;
export const TIME_WORDS: ReadonlySet<string> = new Set(TIME_NOUNS.split(/\s+/).filter(Boolean).map(normalize));

/** Counted nouns that say where the news came from, not what happened (أربعة مصادر): not a quantity of the story. */
const ATTRIBUTION = 'مصدر مصادر مصدرين مصدران مسؤول مسؤولين مسؤولون مسؤولان مسؤولي';
export const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(ATTRIBUTION.split(/\s+/).map(normalize));

/** Percent written in words after the number (في المئة، بالمائة). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['المئة', 'المائة', 'بالمئة', 'بالمائة', 'مئوية'].map(normalize));

const BY_FORM = new Map<string, Unit>();
const DUALS = new Map<string, Unit>();
for (const e of ENTRIES) {
  const singular = normalize(e.name);
  const unit: Unit = { name: e.name, family: e.family, singular, soundPlural: !!e.soundPlural };
  for (const f of [e.name, ...e.plurals]) if (!BY_FORM.has(normalize(f))) BY_FORM.set(normalize(f), unit);
  // accusative singular after 11–99 carries an alef of tanween (هجوماً → هجوما)
  if (!singular.endsWith('ه') && !singular.endsWith('ي')) BY_FORM.set(singular + 'ا', unit);
  if (singular.endsWith('ي')) BY_FORM.set(singular + 'ا', unit);
  if (singular.endsWith('ه')) {
    const base = singular.slice(0, -1);
    DUALS.set(base + 'تين', unit).set(base + 'تان', unit);
  } else {
    DUALS.set(singular + 'ان', unit);
    if (!e.soundPlural) DUALS.set(singular + 'ين', unit);
  }
}

/** The unit a counted noun (normalised, proclitics already off) stands for. */
export function unitOf(word: string): Unit | null {
  return BY_FORM.get(word) ?? null;
}

/** The unit whose dual the word is (جولتين → جولة), meaning "two" of it. */
export function dualOf(word: string): Unit | null {
  return DUALS.get(word) ?? null;
}

/** Units that stand for an action counted in "times" (هجوم، ضربة): "تعرضت للهجوم 150 مرة" counts attacks. */
export const EVENT_FAMILIES: ReadonlySet<string> = new Set(['attacks', 'strikes', 'operations', 'meetings', 'rounds', 'sessions']);
