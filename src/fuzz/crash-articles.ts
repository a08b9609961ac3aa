/**
 * Numbered short articles for the crash-safety test (src/storage/crash.test.ts): each one distinct (its own
 * city, ministry, figures and day), written as wire copy with a headline, a dateline, reported speech in
 * quotation marks and time words, so that the stored dossier holds entities, quotes, times and events to check.
 */
const CITIES = ['عمّان', 'بغداد', 'بيروت', 'تونس', 'الرباط', 'الخرطوم', 'مسقط'];
const MINISTRIES = ['وزارة الصحة', 'وزارة النقل', 'وزارة التربية', 'وزارة الزراعة', 'وزارة الطاقة'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'];
const PROJECTS = ['مستشفى جديد', 'طريق سريع', 'مدرسة نموذجية', 'سد لتخزين المياه', 'محطة للطاقة الشمسية'];

export function crashArticle(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const ministry = MINISTRIES[i % MINISTRIES.length]!;
  const day = DAYS[i % DAYS.length]!;
  const project = PROJECTS[(i * 3) % PROJECTS.length]!;
  const cost = 20 + i * 7;
  return [
    `${ministry} تعلن بدء العمل في ${project} قرب ${city}`,
    `${city} - أعلنت ${ministry} يوم ${day} الماضي بدء العمل في ${project} بكلفة ${cost} مليون دولار، على أن ينتهي التنفيذ في غضون ${2 + (i % 3)} سنوات.`,
    `وقال المتحدث باسم الوزارة في مؤتمر صحفي إن «المشروع سيخدم نحو ${100 + i} ألف نسمة في المنطقة»، مضيفاً أن الحكومة خصصت التمويل في موازنة العام ${2020 + (i % 5)}.`,
    `ونقلت وكالة الأنباء الرسمية عن مسؤول محلي قوله إن الأعمال ستبدأ في شهر مارس المقبل، وإن الشركات المحلية ستشارك في التنفيذ (النشرة رقم ${i + 1}).`,
    '',
  ].join('\n');
}
