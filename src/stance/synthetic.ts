/**
 * A tiny stance set written for the tests (never data-set text): statements about made-up places and bodies,
 * each paired with a paraphrase (agree), a reversal (disagree) and an unrelated statement (other).
 */
import type { StancePair } from './csv.js';

const BASE: Array<[string, string, string, string]> = [
  ['ارتفاع أسعار الخبز في مدينة النخيل', 'أسعار الخبز ترتفع في مدينة النخيل', 'انخفاض أسعار الخبز في مدينة النخيل', 'فريق الكرة يفوز بالبطولة'],
  ['الحكومة توافق على بناء الجسر الجديد', 'موافقة الحكومة على بناء الجسر الجديد', 'الحكومة ترفض بناء الجسر الجديد', 'افتتاح معرض للكتاب في الساحل'],
  ['الشرطة تعتقل المتهم بسرقة المتحف', 'اعتقال المتهم بسرقة المتحف على يد الشرطة', 'الشرطة تفرج عن المتهم بسرقة المتحف', 'موجة حر تضرب المناطق الجبلية'],
  ['الوزارة تؤكد وصول شحنة الدواء', 'وصول شحنة الدواء بحسب الوزارة', 'الوزارة تنفي وصول شحنة الدواء', 'مهرجان للموسيقى في العاصمة'],
  ['المصنع يفتح أبوابه للعمال', 'فتح المصنع أبوابه أمام العمال', 'المصنع يغلق أبوابه أمام العمال', 'انتخابات بلدية في القرى'],
  ['البنك يرفع سعر الفائدة', 'رفع سعر الفائدة من البنك', 'البنك يخفض سعر الفائدة', 'سفينة سياحية ترسو في الميناء'],
];

export function syntheticPairs(): StancePair[] {
  return BASE.flatMap(([s, agree, disagree, other]) => [
    { s1: s, s2: agree, stance: 'agree' as const },
    { s1: s, s2: disagree, stance: 'disagree' as const },
    { s1: s, s2: other, stance: 'other' as const },
  ]);
}
