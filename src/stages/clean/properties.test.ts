/**
 * Cleaning arbitrary pages (fast-check): never throws, and every block of every article, every piece of
 * furniture and every article span point at the exact source text they claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Source } from '../../model/document.js';
import { clean } from './index.js';

const lines = [
  'عاجل: وفد يصل إلى العاصمة', 'وصل الوفد صباح اليوم إلى العاصمة، وبدأ محادثات مطولة مع المسؤولين هناك.',
  'وقال مصدر لـ«المنبر» إن «الأجواء إيجابية».', 'صورة للوفد في المطار (أ ف ب)', 'Facebook', 'شارك', 'TT',
  'مقالات ذات صلة', 'تم النشر: 2024/03/05', 'القاهرة - المنبر:', 'جميع الحقوق محفوظة © 2024', '', '   ',
  '*عنوان فرعي', 'الخميس 7 مارس 2024 10:00 ص', '«المنبر» (بغداد)', 'ملعب ممتلئ بالجماهير في المباراة النهائية.',
];
const page = fc
  .array(fc.oneof(fc.constantFrom(...lines), fc.string({ maxLength: 40 })), { maxLength: 40 })
  .chain((ls) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => ls.join(nl)));

test('cleaning any page keeps every offset exact', () => {
  fc.assert(
    fc.property(page, (text) => {
      const source: Source = { id: 'p', origin: 'p.txt', text, format: 'text', declared: {}, messages: [] };
      const { docs } = clean.run(source);
      for (const d of docs) {
        assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end);
        for (const b of d.blocks) {
          const [s, e] = d.body.toSource(b.start, b.end);
          assert.equal(text.slice(s, e), d.body.text.slice(b.start, b.end));
        }
        for (const f of d.furniture) assert.equal(text.slice(f.start, f.end), f.text);
      }
    }),
    { numRuns: 1500 },
  );
});
